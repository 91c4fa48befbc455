//! What a choropleth page shows of a drawn map: a CSS class per area, the names printed on it,
//! the areas the crop left off (named, so none disappears) and the link to the other view.

use crate::domain::map::{Map, MapLabel};

/// An area on the map with its fill class.
pub struct DrawnArea {
    pub code: String,
    pub d: String,
    pub css: String,
    pub label: String,
    /// The area the page is about (outlined).
    pub current: bool,
}

pub struct MapView {
    pub width: u32,
    pub height: u32,
    /// The SVG's title.
    pub title: String,
    pub areas: Vec<DrawnArea>,
    pub labels: Vec<MapLabel>,
    /// Areas the crop left off: (code, name).
    pub outside: Vec<(String, String)>,
    /// The link to the other view and the key of its text: the whole gemeente when cropped, the
    /// inhabited core when whole.
    pub toggle: Option<(String, &'static str)>,
}

/// The query parameter and value that ask for the whole map instead of the inhabited core.
pub const WHOLE: (&str, &str) = ("kaart", "heel");

/// `whole`: the map was drawn without crop. `href(whole)` links to this page in either view.
pub fn view(
    map: Map,
    title: String,
    css: impl Fn(Option<u8>) -> String,
    current: &str,
    name_of: impl Fn(&str) -> String,
    whole: bool,
    href: impl Fn(bool) -> String,
) -> MapView {
    let toggle = if !map.outside.is_empty() {
        Some((href(true), "map-show-whole"))
    } else if whole && map.croppable {
        Some((href(false), "map-show-core"))
    } else {
        None
    };
    MapView {
        width: map.width,
        height: map.height,
        title,
        outside: map.outside.iter().map(|c| (c.clone(), name_of(c))).collect(),
        areas: map
            .areas
            .into_iter()
            .map(|a| DrawnArea { css: css(a.class), current: a.code == current, code: a.code, d: a.d, label: a.label })
            .collect(),
        labels: map.labels,
        toggle,
    }
}
