//! Choropleth maps drawn server-side as SVG: shapes in RD New metres (planar, so y is only
//! flipped), simplified to about half a pixel so that neighbours keep their shared edges, cropped
//! to where the figures are, with a `<title>` per area and names printed on the areas asked for.

use std::collections::HashMap;

use geo::{Coord, InteriorPoint, LineString, Simplify};

/// A polygon in RD New metres: outer ring first, then holes.
pub type Polygon = Vec<Vec<(f64, f64)>>;

/// An area to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct MapShape {
    pub code: String,
    pub polygons: Vec<Polygon>,
    /// The class (1–9) colours the area; none = no score (hatched). Areas with a class are the
    /// ones the map is cropped to.
    pub class: Option<u8>,
    /// What `<title>` says: name, class, score.
    pub label: String,
    /// A name printed on the map (where it does not cover another).
    pub tag: Option<String>,
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

/// A name printed on the map, centred on (x, y).
#[derive(Debug, Clone, PartialEq)]
pub struct MapLabel {
    pub x: f64,
    pub y: f64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    pub width: u32,
    pub height: u32,
    pub areas: Vec<MapArea>,
    pub labels: Vec<MapLabel>,
    /// Codes of the areas left off because they lie outside the crop (in the order given).
    pub outside: Vec<String>,
    /// Whether a crop shows less than the whole (so a map drawn whole can offer it).
    pub croppable: bool,
}

/// Map units (SVG pixels of a 640 wide map) a printed name takes per character and in height,
/// at the size a phone shows it (`.map__label` in style.css).
const LABEL_CHAR: f64 = 13.0;
const LABEL_HEIGHT: f64 = 26.0;

type Bbox = (f64, f64, f64, f64);

fn bbox<'a>(points: impl Iterator<Item = &'a (f64, f64)>) -> Option<Bbox> {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    (x0 <= x1 && y0 <= y1).then_some((x0, y0, x1, y1))
}

fn shape_bbox(s: &MapShape) -> Option<Bbox> {
    bbox(s.polygons.iter().flatten().flatten())
}

fn union(a: Option<Bbox>, b: Bbox) -> Bbox {
    match a {
        None => b,
        Some(a) => (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)),
    }
}

/// The part of the map worth showing: where the areas with a class are, leaving out areas far
/// from the rest (a port, a village across the water; Tukey's fences on their centres) and areas
/// without figures around them. With fewer than eight classed areas, all of them.
fn core_extent(shapes: &[MapShape], boxes: &[Option<Bbox>]) -> Option<Bbox> {
    let classed: Vec<Bbox> =
        shapes.iter().zip(boxes).filter(|(s, _)| s.class.is_some()).filter_map(|(_, b)| *b).collect();
    let centre = |b: &Bbox| ((b.0 + b.2) / 2.0, (b.1 + b.3) / 2.0);
    if classed.len() < 8 {
        return classed.iter().fold(None, |acc, b| Some(union(acc, *b)));
    }
    // Tukey's fences: centres more than 1.5 interquartile ranges beyond the quartiles are far away.
    let window = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let (q1, q3) = (v[v.len() / 4], v[(v.len() * 3) / 4]);
        let margin = (q3 - q1) * 1.5;
        (q1 - margin, q3 + margin)
    };
    let (wx, wy) =
        (window(classed.iter().map(|b| centre(b).0).collect()), window(classed.iter().map(|b| centre(b).1).collect()));
    classed
        .iter()
        .filter(|b| {
            let (x, y) = centre(b);
            x >= wx.0 && x <= wx.1 && y >= wy.0 && y <= wy.1
        })
        .fold(None, |acc, b| Some(union(acc, *b)))
}

/// Draw `shapes` `width` pixels wide (height follows the shapes' proportions, at most 1.6 × width).
/// With `crop`, the map shows the core where the figures are ([`core_extent`]) and lists the
/// areas outside it in `outside`. `None` when no shape has any points.
pub fn draw(shapes: &[MapShape], width: u32, crop: bool) -> Option<Map> {
    let boxes: Vec<Option<Bbox>> = shapes.iter().map(shape_bbox).collect();
    let all = boxes.iter().flatten().fold(None, |acc, b| Some(union(acc, *b)))?;
    let core = core_extent(shapes, &boxes);
    let croppable = core.is_some_and(|c| c != all);
    let (x0, y0, x1, y1) = if crop { core.unwrap_or(all) } else { all };
    let pad = 4.0;
    let span_x = (x1 - x0).max(1.0);
    let span_y = (y1 - y0).max(1.0);
    let w = f64::from(width);
    let scale = ((w - 2.0 * pad) / span_x).min((w * 1.6 - 2.0 * pad) / span_y);
    let height = (span_y * scale + 2.0 * pad).ceil();
    // Shapes that only touch the window by their edge or lie beyond it are left off.
    let (vx0, vy0) = (x0 - pad / scale, y0 - pad / scale);
    let (vx1, vy1) = (x0 + (w - pad) / scale, y1 + pad / scale);
    let inside = |b: &Option<Bbox>| b.is_some_and(|b| b.0 < vx1 && b.2 > vx0 && b.1 < vy1 && b.3 > vy0);
    let px = |x: f64| ((pad + (x - x0) * scale) * 10.0).round() / 10.0;
    let py = |y: f64| ((pad + (y1 - y) * scale) * 10.0).round() / 10.0;
    let kept: Vec<&MapShape> = shapes.iter().zip(&boxes).filter(|(_, b)| inside(b)).map(|(s, _)| s).collect();
    let outside =
        shapes.iter().zip(&boxes).filter(|(_, b)| b.is_some() && !inside(b)).map(|(s, _)| s.code.clone()).collect();
    let simplified = simplify_shared(&kept, 0.5 / scale);
    let mut areas = Vec::new();
    let mut labels: Vec<MapLabel> = Vec::new();
    for (s, polygons) in kept.iter().zip(simplified) {
        let mut d = String::new();
        for ring in polygons.iter().flatten() {
            for (n, &(x, y)) in ring.iter().enumerate() {
                d.push(if n == 0 { 'M' } else { 'L' });
                d.push_str(&format!("{} {}", px(x), py(y)));
            }
            d.push('Z');
        }
        if d.is_empty() {
            continue;
        }
        if let Some(text) = &s.tag
            && let Some((x, y)) = label_point(s)
        {
            let (x, y) = (px(x), py(y));
            let half = text.chars().count() as f64 * LABEL_CHAR / 2.0;
            let fits =
                x - half >= 0.0 && x + half <= w && y - LABEL_HEIGHT / 2.0 >= 0.0 && y + LABEL_HEIGHT / 2.0 <= height;
            let free = labels.iter().all(|l| {
                let other = l.text.chars().count() as f64 * LABEL_CHAR / 2.0;
                (l.x - x).abs() >= half + other || (l.y - y).abs() >= LABEL_HEIGHT
            });
            if fits && free {
                labels.push(MapLabel { x, y, text: text.clone() });
            }
        }
        areas.push(MapArea { code: s.code.clone(), d, class: s.class, label: s.label.clone() });
    }
    Some(Map { width, height: height as u32, areas, labels, outside, croppable })
}

/// Where a name goes: a point inside the largest polygon of the shape.
fn label_point(s: &MapShape) -> Option<(f64, f64)> {
    let polygon = s.polygons.iter().max_by(|a, b| {
        let size = |p: &Polygon| bbox(p.iter().flatten()).map_or(0.0, |b| (b.2 - b.0) * (b.3 - b.1));
        size(a).total_cmp(&size(b))
    })?;
    let mut rings = polygon.iter().map(|r| r.iter().map(|&(x, y)| Coord { x, y }).collect::<LineString<f64>>());
    let outer = rings.next()?;
    let point = geo::Polygon::new(outer, rings.collect()).interior_point()?;
    Some((point.x(), point.y()))
}

type Key = (u64, u64);

fn key(p: (f64, f64)) -> Key {
    (p.0.to_bits(), p.1.to_bits())
}

/// Simplify every ring to `epsilon` (Douglas–Peucker) so that an edge two areas share stays one
/// edge: rings are cut where the set of rings a point lies on changes (the junctions), and each
/// piece between junctions is simplified once in one direction, whichever ring it belongs to.
/// Rings that come out with fewer than three corners are dropped (too small to see).
fn simplify_shared(shapes: &[&MapShape], epsilon: f64) -> Vec<Vec<Polygon>> {
    // Which rings each point lies on (a ring's closing point counted once).
    let mut owners: HashMap<Key, Vec<usize>> = HashMap::new();
    for (ring_id, ring) in shapes.iter().flat_map(|s| s.polygons.iter().flatten()).enumerate() {
        for &p in open(ring) {
            let o = owners.entry(key(p)).or_default();
            if o.last() != Some(&ring_id) {
                o.push(ring_id);
            }
        }
    }
    shapes
        .iter()
        .map(|s| {
            s.polygons
                .iter()
                .map(|polygon| polygon.iter().filter_map(|ring| simplify_ring(open(ring), &owners, epsilon)).collect())
                .filter(|p: &Polygon| !p.is_empty())
                .collect()
        })
        .collect()
}

/// A ring without its closing point.
fn open(ring: &[(f64, f64)]) -> &[(f64, f64)] {
    match ring {
        [first, .., last] if first == last => &ring[..ring.len() - 1],
        _ => ring,
    }
}

fn simplify_ring(ring: &[(f64, f64)], owners: &HashMap<Key, Vec<usize>>, epsilon: f64) -> Option<Vec<(f64, f64)>> {
    let n = ring.len();
    if n < 3 {
        return None;
    }
    let of = |i: usize| owners.get(&key(ring[i % n]));
    let junctions: Vec<usize> = (0..n)
        .filter(|&i| {
            let here = of(i);
            here.is_some_and(|o| o.len() >= 3) || here != of(i + n - 1) || here != of(i + 1)
        })
        .collect();
    let mut out: Vec<(f64, f64)> = Vec::new();
    if junctions.is_empty() {
        // An island or an enclave: start at its lowest point so both sides cut it alike.
        let start = (0..n).min_by(|&a, &b| cmp_points(ring[a], ring[b]))?;
        let closed: Vec<(f64, f64)> = (0..=n).map(|i| ring[(start + i) % n]).collect();
        out = simplify_piece(&closed, epsilon);
    } else {
        for (k, &from) in junctions.iter().enumerate() {
            let to = junctions.get(k + 1).copied().unwrap_or(junctions[0] + n);
            let to = if to <= from { to + n } else { to };
            let piece: Vec<(f64, f64)> = (from..=to).map(|i| ring[i % n]).collect();
            let simple = simplify_piece(&piece, epsilon);
            out.extend(&simple[..simple.len() - 1]);
        }
        out.push(out[0]);
    }
    (out.len() >= 4).then_some(out)
}

fn cmp_points(a: (f64, f64), b: (f64, f64)) -> std::cmp::Ordering {
    a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1))
}

/// Douglas–Peucker on a piece, always run from the same end so that the two rings sharing it get
/// the same points.
fn simplify_piece(piece: &[(f64, f64)], epsilon: f64) -> Vec<(f64, f64)> {
    let (first, last) = (piece[0], piece[piece.len() - 1]);
    let forward = match cmp_points(first, last) {
        std::cmp::Ordering::Equal => piece.len() < 3 || cmp_points(piece[1], piece[piece.len() - 2]).is_le(),
        o => o.is_lt(),
    };
    let line: LineString<f64> = if forward {
        piece.iter().map(|&(x, y)| Coord { x, y }).collect()
    } else {
        piece.iter().rev().map(|&(x, y)| Coord { x, y }).collect()
    };
    let mut points: Vec<(f64, f64)> = line.simplify(epsilon).0.into_iter().map(|c| (c.x, c.y)).collect();
    if !forward {
        points.reverse();
    }
    points
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
            MapShape {
                code: "A".into(),
                polygons: vec![square(0.0, 0.0, 100.0)],
                class: Some(1),
                label: "A".into(),
                tag: None,
            },
            MapShape {
                code: "B".into(),
                polygons: vec![square(100.0, 0.0, 100.0)],
                class: None,
                label: "B".into(),
                tag: None,
            },
        ];
        let map = draw(&shapes, 208, false).unwrap();
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
            MapShape { code: "A".into(), polygons: vec![vec![ring]], class: Some(5), label: "A".into(), tag: None },
            MapShape { code: "B".into(), polygons: vec![], class: None, label: "B".into(), tag: None },
        ];
        let map = draw(&shapes, 108, true).unwrap();
        assert_eq!(map.areas.len(), 1);
        assert_eq!(map.areas[0].d, "M4 104L104 104L104 4L4 4L4 104Z", "the zigzag of 0.01 m is gone");
        assert_eq!(draw(&shapes[1..], 100, true), None);
    }

    fn shape(code: &str, polygon: Polygon, class: Option<u8>, tag: Option<&str>) -> MapShape {
        MapShape { code: code.into(), polygons: vec![polygon], class, label: code.into(), tag: tag.map(str::to_string) }
    }

    /// The points of a path, as pairs.
    fn points(d: &str) -> Vec<(String, String)> {
        d.split(['M', 'L', 'Z'])
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (x, y) = p.split_once(' ').unwrap();
                (x.to_string(), y.to_string())
            })
            .collect()
    }

    #[test]
    fn neighbours_keep_their_shared_edge_when_simplified() {
        // A and B share a wiggly edge along x = 100 that simplification straightens; each ring
        // alone would be cut differently, leaving slivers and gaps between them.
        let wiggle: Vec<(f64, f64)> = (0..=50)
            .map(|i| (100.0 + if i % 2 == 0 { 0.0 } else { 0.3 } + f64::from(i) * 0.01, f64::from(i) * 2.0))
            .collect();
        let mut a = vec![(0.0, 0.0)];
        a.extend(wiggle.iter().copied());
        a.extend([(0.0, 100.0), (0.0, 0.0)]);
        let mut b: Vec<(f64, f64)> = wiggle.iter().rev().copied().collect();
        b.extend([(200.0, 0.0), (200.0, 100.0)]);
        b.insert(0, (200.0, 100.0));
        b.push(b[0]);
        let shapes = vec![shape("A", vec![a], Some(1), None), shape("B", vec![b], Some(2), None)];
        let map = draw(&shapes, 208, false).unwrap();
        let edge = |d: &str| -> Vec<(String, String)> {
            let mut p: Vec<_> = points(d)
                .into_iter()
                .filter(|(x, _)| x.parse::<f64>().unwrap() > 50.0 && x.parse::<f64>().unwrap() < 150.0)
                .collect();
            p.sort();
            p.dedup();
            p
        };
        let (ea, eb) = (edge(&map.areas[0].d), edge(&map.areas[1].d));
        assert!(ea.len() < 10, "the wiggle is simplified: {ea:?}");
        assert_eq!(ea, eb, "both areas have the same points on their shared edge");
    }

    #[test]
    fn the_map_is_cropped_to_where_the_figures_are_and_names_what_it_leaves_off() {
        // Ten classed areas in a cluster, one far away (a port village) and a big empty area
        // without figures next to the cluster.
        let mut shapes: Vec<MapShape> = (0..10)
            .map(|i| {
                shape(
                    &format!("C{i}"),
                    square(f64::from(i % 5) * 100.0, f64::from(i / 5) * 100.0, 100.0),
                    Some(3),
                    None,
                )
            })
            .collect();
        shapes.push(shape("FAR", square(-5000.0, 0.0, 100.0), Some(1), None));
        shapes.push(shape("PORT", square(-3000.0, 0.0, 3050.0), None, None));
        let cropped = draw(&shapes, 640, true).unwrap();
        assert_eq!(cropped.outside, ["FAR"], "the far area is named, the port is partly in view");
        assert!(cropped.croppable);
        assert_eq!(cropped.areas.len(), 11);
        // The cluster fills the width: 500 m over 632 px.
        assert!(cropped.areas[4].d.contains("L636 "), "{}", cropped.areas[4].d);
        let whole = draw(&shapes, 640, false).unwrap();
        assert!(whole.outside.is_empty() && whole.croppable);
        assert_eq!(whole.areas.len(), 12);
        // Fewer than eight areas with figures: all of them are shown.
        let few = draw(&shapes[..3], 640, true).unwrap();
        assert!(few.outside.is_empty() && !few.croppable);
    }

    #[test]
    fn names_are_printed_inside_their_area_unless_they_would_cover_another_name() {
        let shapes = vec![
            shape("A", square(200.0, 0.0, 50.0), Some(1), Some("Bloemhof")),
            shape("B", square(250.0, 0.0, 50.0), Some(1), Some("Hillesluis")),
            shape("C", square(200.0, 400.0, 100.0), Some(1), Some("Afrikaanderwijk")),
            shape("D", square(0.0, 0.0, 10.0), Some(1), None),
            shape("E", square(490.0, 490.0, 10.0), Some(1), None),
        ];
        let map = draw(&shapes, 640, false).unwrap();
        let names: Vec<&str> = map.labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(names, ["Bloemhof", "Afrikaanderwijk"], "Hillesluis would overlap Bloemhof");
        // Bloemhof sits in the middle of its square: x 4 + 225 × 1.264.
        assert!((map.labels[0].x - 288.4).abs() < 0.5, "{:?}", map.labels[0]);
    }
}
