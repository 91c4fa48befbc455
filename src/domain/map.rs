//! Choropleth maps drawn server-side as SVG: shapes in RD New metres (planar, so y is only
//! flipped), simplified to about half a pixel with `geo::Simplify`, one path per area with its
//! class for the fill and a label for `<title>`.

use geo::{Coord, LineString, Simplify};

/// A polygon in RD New metres: outer ring first, then holes.
pub type Polygon = Vec<Vec<(f64, f64)>>;

/// An area to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct MapShape {
    pub code: String,
    pub polygons: Vec<Polygon>,
    /// The class (1–9) colours the area; none = no score (hatched).
    pub class: Option<u8>,
    /// What `<title>` says: name, class, score.
    pub label: String,
}

/// An area drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct MapArea {
    pub code: String,
    /// SVG path data in the map's pixels.
    pub d: String,
    pub class: Option<u8>,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    pub width: u32,
    pub height: u32,
    pub areas: Vec<MapArea>,
}

/// Draw `shapes` `width` pixels wide (height follows the shapes' proportions, at most 1.6 × width).
/// `None` when no shape has any points.
pub fn draw(shapes: &[MapShape], width: u32) -> Option<Map> {
    let points = shapes.iter().flat_map(|s| s.polygons.iter()).flat_map(|p| p.iter()).flat_map(|r| r.iter());
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    if x0 > x1 || y0 > y1 {
        return None;
    }
    let pad = 4.0;
    let span_x = (x1 - x0).max(1.0);
    let span_y = (y1 - y0).max(1.0);
    let w = f64::from(width);
    let scale = ((w - 2.0 * pad) / span_x).min((w * 1.6 - 2.0 * pad) / span_y);
    let height = (span_y * scale + 2.0 * pad).ceil();
    let epsilon = 0.5 / scale;
    let px = |x: f64| ((pad + (x - x0) * scale) * 10.0).round() / 10.0;
    let py = |y: f64| ((pad + (y1 - y) * scale) * 10.0).round() / 10.0;
    let areas = shapes
        .iter()
        .map(|s| {
            let mut d = String::new();
            for polygon in &s.polygons {
                for ring in polygon {
                    let line: LineString<f64> = ring.iter().map(|&(x, y)| Coord { x, y }).collect();
                    let simple = line.simplify(epsilon);
                    if simple.0.len() < 4 {
                        continue;
                    }
                    for (n, c) in simple.0.iter().enumerate() {
                        d.push(if n == 0 { 'M' } else { 'L' });
                        d.push_str(&format!("{} {}", px(c.x), py(c.y)));
                    }
                    d.push('Z');
                }
            }
            MapArea { code: s.code.clone(), d, class: s.class, label: s.label.clone() }
        })
        .filter(|a| !a.d.is_empty())
        .collect();
    Some(Map { width, height: height as u32, areas })
}

/// Classes of one indicator on a map: about equally many areas per class (quantiles), at most
/// `QUANTILE_CLASSES`. Returns the breaks: a value below `breaks[0]` is class 0, from `breaks[i-1]`
/// up to `breaks[i]` class `i`. Ties never split over two classes (fewer classes instead).
pub const QUANTILE_CLASSES: usize = 5;

pub fn quantile_breaks(values: &[f64]) -> Vec<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    let mut breaks: Vec<f64> = Vec::new();
    if v.len() < 2 {
        return breaks;
    }
    for i in 1..QUANTILE_CLASSES {
        let b = v[i * v.len() / QUANTILE_CLASSES];
        if b > v[0] && breaks.last().is_none_or(|last| b > *last) {
            breaks.push(b);
        }
    }
    breaks
}

/// The quantile class of a value: 0 (lowest) to `breaks.len()` (highest).
pub fn quantile_class(value: f64, breaks: &[f64]) -> usize {
    breaks.iter().take_while(|b| value >= **b).count()
}

#[cfg(test)]
mod tests {
    use super::{quantile_breaks, quantile_class};

    #[test]
    fn quantiles_put_about_equally_many_areas_in_each_class() {
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        let breaks = quantile_breaks(&values);
        assert_eq!(breaks, [3.0, 5.0, 7.0, 9.0]);
        let counts = values.iter().fold([0; 5], |mut c, v| {
            c[quantile_class(*v, &breaks)] += 1;
            c
        });
        assert_eq!(counts, [2, 2, 2, 2, 2]);
        // Ties stay in one class; one value or none gives one class.
        assert_eq!(quantile_breaks(&[4.0, 4.0, 4.0, 4.0, 9.0]), [9.0]);
        assert!(quantile_breaks(&[4.0, 4.0, 4.0]).is_empty());
        assert_eq!(quantile_breaks(&[1.0, 4.0, 4.0, 4.0, 4.0, 9.0]), [4.0]);
        assert!(quantile_breaks(&[3.0]).is_empty());
        assert_eq!(quantile_class(2.0, &[]), 0);
    }

    use super::*;

    fn square(x: f64, y: f64, size: f64) -> Polygon {
        vec![vec![(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]]
    }

    #[test]
    fn shapes_fill_the_width_with_north_up() {
        let shapes = vec![
            MapShape { code: "A".into(), polygons: vec![square(0.0, 0.0, 100.0)], class: Some(1), label: "A".into() },
            MapShape { code: "B".into(), polygons: vec![square(100.0, 0.0, 100.0)], class: None, label: "B".into() },
        ];
        let map = draw(&shapes, 208).unwrap();
        assert_eq!((map.width, map.height), (208, 108));
        // A's south-west corner (0, 0) is bottom-left: x = pad, y = height − pad.
        assert!(map.areas[0].d.starts_with("M4 104L104 104L104 4L4 4"), "{}", map.areas[0].d);
        assert!(map.areas[1].d.contains("L204 104"), "{}", map.areas[1].d);
    }

    #[test]
    fn detail_below_half_a_pixel_is_dropped_and_empty_shapes_are_left_out() {
        let mut ring = vec![(0.0, 0.0)];
        ring.extend((1..100).map(|i| (i as f64, if i % 2 == 0 { 0.0 } else { 0.01 })));
        ring.extend([(100.0, 0.0), (100.0, 100.0), (0.0, 100.0), (0.0, 0.0)]);
        let shapes = vec![
            MapShape { code: "A".into(), polygons: vec![vec![ring]], class: Some(5), label: "A".into() },
            MapShape { code: "B".into(), polygons: vec![], class: None, label: "B".into() },
        ];
        let map = draw(&shapes, 108).unwrap();
        assert_eq!(map.areas.len(), 1);
        assert_eq!(map.areas[0].d, "M4 104L104 104L104 4L4 4L4 104Z", "the zigzag of 0.01 m is gone");
        assert_eq!(draw(&shapes[1..], 100), None);
    }
}
