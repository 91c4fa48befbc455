//! Area boundaries: GeoJSON (RD New or WGS84) and TopoJSON (WGS84, quantised), as CBS/PDOK and
//! others publish them. Every shape is stored in RD New (EPSG:28992, metres), the planar system of
//! all Dutch maps: a map is then an SVG with y flipped. WGS84 input is reprojected with proj4rs.

use super::{Format, ImportError, TableHints};
use crate::domain::programme::AreaCode;
use crate::domain::statistics::{AreaName, Boundary, Dataset};
use geojson::{FeatureCollection, GeometryValue, PolygonType};
use serde_json::{Map, Value};
use std::sync::LazyLock;

/// Properties that carry the area code, in the order they are tried (CBS map layers, PDOK, TopoJSON).
const CODE_KEYS: [&str; 12] = [
    "statcode",
    "BU_CODE",
    "WK_CODE",
    "GM_CODE",
    "buurtcode",
    "wijkcode",
    "gemeentecode",
    "BUC",
    "WKC",
    "GMC",
    "code",
    "CODE",
];
const NAME_KEYS: [&str; 10] =
    ["statnaam", "BU_NAAM", "WK_NAAM", "GM_NAAM", "buurtnaam", "wijknaam", "gemeentenaam", "BUN", "WKN", "GMN"];

const RD_NEW: &str = "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 \
                      +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 \
                      +units=m +no_defs";

static PROJECTIONS: LazyLock<(proj4rs::Proj, proj4rs::Proj)> = LazyLock::new(|| {
    (
        proj4rs::Proj::from_proj_string("+proj=longlat +datum=WGS84 +no_defs").expect("valid WGS84 definition"),
        proj4rs::Proj::from_proj_string(RD_NEW).expect("valid RD New definition"),
    )
});

/// A polygon: its outer ring, then holes; each ring a list of (x, y) in RD New metres.
pub use crate::domain::map::Polygon;

/// WGS84 longitude/latitude in degrees to RD New metres.
pub fn wgs84_to_rd(lon: f64, lat: f64) -> Option<(f64, f64)> {
    let (wgs, rd) = &*PROJECTIONS;
    let mut p = (lon.to_radians(), lat.to_radians(), 0.0);
    proj4rs::transform::transform(wgs, rd, &mut p).ok()?;
    (p.0.is_finite() && p.1.is_finite()).then_some((p.0, p.1))
}

/// RD New metres to WGS84 longitude/latitude in degrees.
pub fn rd_to_wgs84(x: f64, y: f64) -> Option<(f64, f64)> {
    let (wgs, rd) = &*PROJECTIONS;
    let mut p = (x, y, 0.0);
    proj4rs::transform::transform(rd, wgs, &mut p).ok()?;
    Some((p.0.to_degrees(), p.1.to_degrees()))
}

/// Which coordinate system a file uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Crs {
    Rd,
    Wgs84,
}

/// Round to whole decimetres and drop repeated points; a ring needs 4 points (closed) to count.
fn clean_ring(points: impl Iterator<Item = (f64, f64)>) -> Option<Vec<(f64, f64)>> {
    let mut ring: Vec<(f64, f64)> = Vec::new();
    for (x, y) in points {
        let p = ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0);
        if ring.last() != Some(&p) {
            ring.push(p);
        }
    }
    (ring.len() >= 4).then_some(ring)
}

fn to_rd(crs: Crs, x: f64, y: f64) -> Option<(f64, f64)> {
    match crs {
        Crs::Rd => Some((x, y)),
        Crs::Wgs84 => wgs84_to_rd(x, y),
    }
}

/// The shape as a GeoJSON MultiPolygon geometry (RD New metres), the stored form.
pub fn to_geometry_text(polygons: &[Polygon]) -> String {
    let coords: Vec<PolygonType> = polygons
        .iter()
        .map(|rings| {
            rings.iter().map(|r| r.iter().map(|&(x, y)| geojson::Position::from(vec![x, y])).collect()).collect()
        })
        .collect();
    geojson::Geometry::new(GeometryValue::MultiPolygon { coordinates: coords }).to_string()
}

/// The stored form back into polygons.
pub fn from_geometry_text(text: &str) -> Option<Vec<Polygon>> {
    let g: geojson::Geometry = text.parse::<geojson::GeoJson>().ok()?.try_into().ok()?;
    let GeometryValue::MultiPolygon { coordinates } = g.value else { return None };
    Some(
        coordinates
            .iter()
            .map(|rings| rings.iter().map(|r| r.iter().filter_map(|p| xy(p.as_slice())).collect()).collect())
            .collect(),
    )
}

fn text_property(props: Option<&Map<String, Value>>, keys: &[&str]) -> Option<String> {
    let props = props?;
    keys.iter().find_map(|k| match props.get(*k) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    })
}

/// Collects the areas and shapes of one file.
struct Builder<'a> {
    name: &'a str,
    areas: Vec<AreaName>,
    shapes: Vec<(usize, Vec<Polygon>)>,
    without_geometry: usize,
}

impl Builder<'_> {
    fn add(
        &mut self,
        index: usize,
        code: Option<String>,
        name: Option<String>,
        polygons: Vec<Polygon>,
    ) -> Result<(), ImportError> {
        let raw = code.ok_or_else(|| {
            ImportError::at(self.name, "import-error-geo-code", index + 1, "properties", "")
                .detail(CODE_KEYS.join(", "))
        })?;
        let code = AreaCode::parse(&raw)
            .map_err(|_| ImportError::at(self.name, "import-error-area-code", index + 1, "properties", &raw))?;
        // A map may draw one area as several features (an island apart from the mainland): their
        // parts make one shape.
        if let Some(area) = self.areas.iter().position(|a| a.code == code) {
            if polygons.is_empty() {
                return Ok(());
            }
            match self.shapes.iter_mut().find(|(a, _)| *a == area) {
                Some((_, shape)) => shape.extend(polygons),
                None => {
                    self.without_geometry = self.without_geometry.saturating_sub(1);
                    self.shapes.push((area, polygons));
                }
            }
            return Ok(());
        }
        let area = self.areas.len();
        self.areas.push(AreaName { name: name.unwrap_or_else(|| code.as_str().to_string()), code });
        if polygons.is_empty() {
            self.without_geometry += 1;
        } else {
            self.shapes.push((area, polygons));
        }
        Ok(())
    }

    fn finish(self, hints: &TableHints) -> Result<Dataset, ImportError> {
        let layout_year =
            hints.layout_year.ok_or_else(|| ImportError::file(self.name, "import-error-geo-layout-year"))?;
        if self.areas.is_empty() {
            return Err(ImportError::file(self.name, "import-error-no-rows"));
        }
        Ok(Dataset {
            source_table: hints.table.clone().unwrap_or_else(|| "grenzen".into()),
            layout_year: Some(layout_year),
            areas: self.areas,
            boundaries: self
                .shapes
                .iter()
                .map(|(area, polygons)| Boundary { area: *area, geometry: to_geometry_text(polygons) })
                .collect(),
            without_geometry: self.without_geometry,
            ..Dataset::default()
        })
    }
}

/// Is this JSON a GeoJSON FeatureCollection or a TopoJSON Topology?
pub fn kind(json: &Value) -> Option<Format> {
    match json.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => Some(Format::GeoJson),
        Some("Topology") => Some(Format::TopoJson),
        _ => None,
    }
}

/// The first two numbers of a GeoJSON position.
fn xy(position: &[f64]) -> Option<(f64, f64)> {
    match position {
        [x, y, ..] => Some((*x, *y)),
        _ => None,
    }
}

fn polygons_of(name: &str, index: usize, crs: Crs, value: &GeometryValue) -> Result<Vec<Polygon>, ImportError> {
    let polys: Vec<&PolygonType> = match value {
        GeometryValue::Polygon { coordinates } => vec![coordinates],
        GeometryValue::MultiPolygon { coordinates } => coordinates.iter().collect(),
        other => {
            return Err(ImportError::at(name, "import-error-geo-type", index + 1, "geometry", other.type_name()));
        }
    };
    let mut out = Vec::new();
    for rings in polys {
        let mut polygon = Vec::new();
        for ring in rings {
            let mut points = Vec::with_capacity(ring.len());
            for p in ring {
                // A position needs two numbers; `[]` or `[4.3]` is as wrong as a point outside the country.
                let (x, y) = xy(p.as_slice()).unwrap_or((f64::NAN, f64::NAN));
                let rd = to_rd(crs, x, y)
                    .filter(|(x, y)| (-10_000.0..=300_000.0).contains(x) && (280_000.0..=650_000.0).contains(y))
                    .ok_or_else(|| {
                        ImportError::at(name, "import-error-geo-point", index + 1, "geometry", &format!("{x}, {y}"))
                    })?;
                points.push(rd);
            }
            // An empty part (a ring without points) is skipped; an outer ring that is empty drops its holes.
            match clean_ring(points.into_iter()) {
                Some(r) => polygon.push(r),
                None if polygon.is_empty() => break,
                None => {}
            }
        }
        if !polygon.is_empty() {
            out.push(polygon);
        }
    }
    Ok(out)
}

fn crs_of(json: &Value) -> Option<Crs> {
    let named = json.pointer("/crs/properties/name").and_then(Value::as_str)?;
    if named.contains("28992") {
        Some(Crs::Rd)
    } else if named.contains("CRS84") || named.contains("4326") {
        Some(Crs::Wgs84)
    } else {
        None
    }
}

/// A GeoJSON FeatureCollection in RD New or WGS84 (named in `crs`, or recognised by its numbers).
pub fn read_geojson(name: &str, json: Value, hints: &TableHints) -> Result<Dataset, ImportError> {
    let named_crs = crs_of(&json);
    let fc: FeatureCollection =
        serde_json::from_value(json).map_err(|e| ImportError::file(name, "import-error-json").detail(e))?;
    // Without a named system: metres are far larger than degrees.
    let crs = named_crs.unwrap_or_else(|| {
        let first = fc.features.iter().filter_map(|f| f.geometry.as_ref()).find_map(|g| match &g.value {
            GeometryValue::Polygon { coordinates } => coordinates.first()?.first()?.as_slice().first().copied(),
            GeometryValue::MultiPolygon { coordinates } => {
                coordinates.first()?.first()?.first()?.as_slice().first().copied()
            }
            _ => None,
        });
        if first.is_some_and(|x| x.abs() > 360.0) { Crs::Rd } else { Crs::Wgs84 }
    });
    let mut b = Builder { name, areas: Vec::new(), shapes: Vec::new(), without_geometry: 0 };
    for (i, f) in fc.features.iter().enumerate() {
        let props = f.properties.as_ref();
        let id = match &f.id {
            Some(geojson::feature::Id::String(s)) => Some(s.clone()),
            _ => None,
        };
        let code = text_property(props, &CODE_KEYS).or(id);
        let polygons = match &f.geometry {
            Some(g) => polygons_of(name, i, crs, &g.value)?,
            None => Vec::new(),
        };
        b.add(i, code, text_property(props, &NAME_KEYS), polygons)?;
    }
    b.finish(hints)
}

/// A TopoJSON Topology: every object's polygons, arcs decoded (delta-encoded when quantised).
pub fn read_topojson(name: &str, json: &Value, hints: &TableHints) -> Result<Dataset, ImportError> {
    let bad = |detail: &str| ImportError::file(name, "import-error-topojson").detail(detail);
    let transform = json.get("transform");
    let scale = transform
        .and_then(|t| t.get("scale"))
        .and_then(Value::as_array)
        .map(|a| (a.first().and_then(Value::as_f64).unwrap_or(1.0), a.get(1).and_then(Value::as_f64).unwrap_or(1.0)));
    let translate = transform
        .and_then(|t| t.get("translate"))
        .and_then(Value::as_array)
        .map(|a| (a.first().and_then(Value::as_f64).unwrap_or(0.0), a.get(1).and_then(Value::as_f64).unwrap_or(0.0)));
    let raw_arcs = json.get("arcs").and_then(Value::as_array).ok_or_else(|| bad("arcs"))?;
    // Decode every arc once, to absolute coordinates in the file's system.
    let mut arcs: Vec<Vec<(f64, f64)>> = Vec::with_capacity(raw_arcs.len());
    for arc in raw_arcs {
        let points = arc.as_array().ok_or_else(|| bad("arc"))?;
        let (mut x, mut y) = (0.0, 0.0);
        let mut out = Vec::with_capacity(points.len());
        for p in points {
            let xy = p.as_array().ok_or_else(|| bad("position"))?;
            let (px, py) = (
                xy.first().and_then(Value::as_f64).ok_or_else(|| bad("position"))?,
                xy.get(1).and_then(Value::as_f64).ok_or_else(|| bad("position"))?,
            );
            out.push(match (scale, translate) {
                (Some((sx, sy)), Some((tx, ty))) => {
                    x += px;
                    y += py;
                    (x * sx + tx, y * sy + ty)
                }
                _ => (px, py),
            });
        }
        arcs.push(out);
    }
    let ring_of = |indices: &Value| -> Result<Vec<(f64, f64)>, ImportError> {
        let mut ring: Vec<(f64, f64)> = Vec::new();
        for i in indices.as_array().ok_or_else(|| bad("ring"))? {
            let i = i.as_i64().ok_or_else(|| bad("arc index"))?;
            // A negative index is the arc ~i, reversed.
            let (idx, reversed) = if i < 0 { ((!i) as usize, true) } else { (i as usize, false) };
            let arc = arcs.get(idx).ok_or_else(|| bad("arc index"))?;
            let pts: Vec<(f64, f64)> = if reversed { arc.iter().rev().copied().collect() } else { arc.clone() };
            // Consecutive arcs share their joining point.
            let skip = usize::from(!ring.is_empty());
            ring.extend(pts.into_iter().skip(skip));
        }
        Ok(ring)
    };
    // Metres are far larger than degrees.
    let crs = if arcs.iter().flatten().next().is_some_and(|(x, _)| x.abs() > 360.0) { Crs::Rd } else { Crs::Wgs84 };
    let mut b = Builder { name, areas: Vec::new(), shapes: Vec::new(), without_geometry: 0 };
    let objects = json.get("objects").and_then(Value::as_object).ok_or_else(|| bad("objects"))?;
    let mut index = 0;
    for object in objects.values() {
        let geometries: Vec<&Value> = match object.get("geometries").and_then(Value::as_array) {
            Some(g) => g.iter().collect(),
            None => vec![object],
        };
        for g in geometries {
            let props = g.get("properties").and_then(Value::as_object);
            let id = g.get("id").and_then(Value::as_str).map(str::to_string);
            let polygons_arcs: Vec<&Value> = match g.get("type").and_then(Value::as_str) {
                Some("Polygon") => g.get("arcs").into_iter().collect(),
                Some("MultiPolygon") => {
                    g.get("arcs").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default()
                }
                // A shape that quantisation collapsed has no type or `null`: an area without geometry.
                None | Some("null") => Vec::new(),
                Some(other) => return Err(ImportError::at(name, "import-error-geo-type", index + 1, "type", other)),
            };
            let mut polygons = Vec::new();
            for rings in polygons_arcs {
                let mut polygon = Vec::new();
                for ring in rings.as_array().ok_or_else(|| bad("polygon"))? {
                    let points = ring_of(ring)?;
                    let mut rd = Vec::with_capacity(points.len());
                    for (x, y) in points {
                        rd.push(to_rd(crs, x, y).ok_or_else(|| {
                            ImportError::at(name, "import-error-geo-point", index + 1, "arcs", &format!("{x}, {y}"))
                        })?);
                    }
                    match clean_ring(rd.into_iter()) {
                        Some(r) => polygon.push(r),
                        None if polygon.is_empty() => break,
                        None => {}
                    }
                }
                if !polygon.is_empty() {
                    polygons.push(polygon);
                }
            }
            b.add(index, text_property(props, &CODE_KEYS).or(id), text_property(props, &NAME_KEYS), polygons)?;
            index += 1;
        }
    }
    b.finish(hints)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rd_new_and_wgs84_convert_both_ways_within_a_metre() {
        // The Amersfoort reference point of RD New.
        let (lon, lat) = rd_to_wgs84(155_000.0, 463_000.0).unwrap();
        assert!((lat - 52.155_174_4).abs() < 1e-5 && (lon - 5.387_206_2).abs() < 1e-5, "{lon} {lat}");
        let (x, y) = wgs84_to_rd(lon, lat).unwrap();
        assert!((x - 155_000.0).abs() < 1.0 && (y - 463_000.0).abs() < 1.0, "{x} {y}");
    }

    #[test]
    fn a_position_without_two_numbers_is_an_error_not_a_panic() {
        // Found by cargo fuzz (target geojson): `[]` among the positions of a ring.
        for position in ["[]", "[4.31]"] {
            let text = format!(
                r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"WK_CODE":"WK051801"}},
                "geometry":{{"type":"Polygon","coordinates":[[[4.30,52.07],[4.31,52.07],{position},[4.30,52.07]]]}}}}]}}"#
            );
            let json: Value = serde_json::from_str(&text).unwrap();
            let e = read_geojson("wijken.geojson", json, &TableHints::default()).unwrap_err();
            assert_eq!(e.key, "import-error-geo-point", "{position}");
        }
        let first_empty = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"WK_CODE":"WK051801"},
            "geometry":{"type":"Polygon","coordinates":[[[],[4.31,52.07]]]}}]}"#;
        let json: Value = serde_json::from_str(first_empty).unwrap();
        assert!(read_geojson("w.geojson", json, &TableHints::default()).is_err());
    }

    #[test]
    fn a_topojson_ring_joins_its_arcs_and_reverses_negative_ones() {
        // Two arcs forming a square; the second is used reversed (~1 = -2).
        let json: Value = serde_json::json!({
            "type": "Topology",
            "bbox": [150000, 460000, 150010, 460010],
            "arcs": [[[150000, 460000], [150010, 460000], [150010, 460010]], [[150000, 460000], [150000, 460010], [150010, 460010]]],
            "objects": {"layer": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0, -2]], "properties": {"statcode": "BU03630000", "statnaam": "Test"}},
                {"type": null, "id": "BU03630001"}
            ]}}
        });
        let hints = TableHints { layout_year: Some(2014), ..TableHints::default() };
        let d = read_topojson("t.json", &json, &hints).unwrap();
        assert_eq!(d.areas.len(), 2);
        assert_eq!(d.without_geometry, 1, "a collapsed shape is an area without geometry");
        let polygons = from_geometry_text(&d.boundaries[0].geometry).unwrap();
        assert_eq!(
            polygons[0][0],
            vec![
                (150000.0, 460000.0),
                (150010.0, 460000.0),
                (150010.0, 460010.0),
                (150000.0, 460010.0),
                (150000.0, 460000.0)
            ]
        );
    }
}
