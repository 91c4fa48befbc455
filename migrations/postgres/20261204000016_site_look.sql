-- A gemeente's own look (issue 16 item 12): one row. Colours are `field=#rrggbb` lines, written
-- as NL Design System tokens by the application; the logo is a PNG, JPEG or WebP of at most 200 kB.
CREATE TABLE site_look (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    colours TEXT NOT NULL DEFAULT '',
    logo BYTEA,
    logo_type TEXT NOT NULL DEFAULT '' CHECK (logo_type IN ('', 'image/png', 'image/jpeg', 'image/webp')),
    version BIGINT NOT NULL DEFAULT 0
);
