-- Area boundaries per region layout: a GeoJSON MultiPolygon geometry in RD New (EPSG:28992) metres.
CREATE TABLE boundaries (
    code TEXT NOT NULL,
    layout_year INTEGER NOT NULL,
    geometry TEXT NOT NULL,
    PRIMARY KEY (code, layout_year)
);
