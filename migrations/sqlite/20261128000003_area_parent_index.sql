-- Areas are listed under their parent (gemeente → wijken → buurten) on every profile page.
CREATE INDEX areas_parent_idx ON areas (parent_code, layout_year);
