//! A gemeente's own look: the name in the header, a logo and the colours, as design tokens with
//! the names of the NL Design System's community components (`--utrecht-link-color`, …), so a
//! gemeente can reuse the values of its own NL Design System theme. Applied without a rebuild (the
//! tokens are served as a small stylesheet); every colour pair that carries text is checked for
//! WCAG 2.1 AA contrast (4.5:1) before it is saved.

use super::validation::FieldErrors;

/// The tokens a gemeente may set, by NL Design System name, with the form field and the colour
/// WijkWijzer uses when none is set.
pub const TOKENS: [Token; 5] = [
    Token { field: "header_background", name: "--utrecht-page-header-background-color", default: "#154273" },
    Token { field: "header_text", name: "--utrecht-page-header-color", default: "#ffffff" },
    Token { field: "link", name: "--utrecht-link-color", default: "#154273" },
    Token { field: "button_background", name: "--utrecht-button-primary-action-background-color", default: "#154273" },
    Token { field: "button_text", name: "--utrecht-button-primary-action-color", default: "#ffffff" },
];

/// Tokens that follow another: the hover colour of links and primary buttons.
const HOVER: [(&str, &str); 2] = [
    ("link", "--utrecht-link-hover-color"),
    ("button_background", "--utrecht-button-primary-action-hover-background-color"),
];

/// Text on a background: the pairs whose contrast is checked (text field, background field).
const PAIRS: [(&str, &str); 3] =
    [("header_text", "header_background"), ("button_text", "button_background"), ("link", "page")];

/// The page background links are read on.
const PAGE_BACKGROUND: &str = "#ffffff";

/// WCAG 2.1 AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

pub const MAX_NAME: usize = 60;
pub const MAX_LOGO_BYTES: usize = 200 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub field: &'static str,
    pub name: &'static str,
    pub default: &'static str,
}

/// The look as saved: a name (empty: WijkWijzer), colours by field (`#rrggbb`, lower case; only
/// those set), the logo's media type (empty: no logo) and a version that changes on every save.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SiteLook {
    pub name: String,
    pub colours: Vec<(String, String)>,
    pub logo_type: String,
    pub version: i64,
}

impl SiteLook {
    pub fn colour(&self, field: &str) -> Option<&str> {
        self.colours.iter().find(|(f, _)| f == field).map(|(_, c)| c.as_str())
    }

    pub fn has_logo(&self) -> bool {
        !self.logo_type.is_empty()
    }

    /// The name in the header: the gemeente's, or WijkWijzer's.
    pub fn display_name(&self) -> &str {
        if self.name.is_empty() { "WijkWijzer" } else { &self.name }
    }

    /// Whether anything differs from WijkWijzer's own look.
    pub fn is_custom(&self) -> bool {
        !self.name.is_empty() || !self.colours.is_empty() || self.has_logo()
    }

    /// The tokens as a stylesheet. Values were validated as `#rrggbb`, so nothing else can enter.
    pub fn css(&self) -> String {
        let mut css = String::from(":root {\n");
        for t in TOKENS {
            if let Some(c) = self.colour(t.field).filter(|c| is_hex_colour(c)) {
                css.push_str(&format!("  {}: {c};\n", t.name));
                // Hover keeps the checked colour (underlined), rather than WijkWijzer's dark blue.
                if let Some(hover) = HOVER.iter().find(|(f, _)| *f == t.field).map(|(_, h)| h) {
                    css.push_str(&format!("  {hover}: {c};\n"));
                }
            }
        }
        css.push_str("}\n");
        css
    }

    /// Colours as stored: `field=#rrggbb` lines.
    pub fn colours_text(&self) -> String {
        self.colours.iter().map(|(f, c)| format!("{f}={c}")).collect::<Vec<_>>().join("\n")
    }

    pub fn colours_from_text(text: &str) -> Vec<(String, String)> {
        text.lines()
            .filter_map(|l| l.split_once('='))
            .filter(|(f, c)| TOKENS.iter().any(|t| t.field == *f) && is_hex_colour(c))
            .map(|(f, c)| (f.to_string(), c.to_string()))
            .collect()
    }
}

/// The settings form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LookInput {
    pub name: String,
    /// By field, as typed (`#1A5A8C`, `1a5a8c`, or empty for WijkWijzer's colour).
    pub colours: Vec<(String, String)>,
    /// Remove the logo that is there.
    pub remove_logo: bool,
}

impl LookInput {
    pub fn from_look(look: &SiteLook) -> LookInput {
        LookInput {
            name: look.name.clone(),
            colours: TOKENS
                .iter()
                .map(|t| (t.field.to_string(), look.colour(t.field).unwrap_or("").to_string()))
                .collect(),
            remove_logo: false,
        }
    }

    pub fn colour(&self, field: &str) -> &str {
        self.colours.iter().find(|(f, _)| f == field).map(|(_, c)| c.as_str()).unwrap_or("")
    }

    /// Validate: a name of at most 60 characters; colours as `#rrggbb`; every text colour at least
    /// 4.5:1 against its background (with WijkWijzer's colour where a field is left empty).
    pub fn parse(&self) -> Result<(String, Vec<(String, String)>), FieldErrors> {
        let mut e = FieldErrors::new();
        let name = self.name.trim().to_string();
        if name.chars().count() > MAX_NAME {
            e.add_with("name", "error-too-long", vec![("max", MAX_NAME.to_string())]);
        }
        let mut colours = Vec::new();
        for t in TOKENS {
            let raw = self.colour(t.field).trim();
            if raw.is_empty() {
                continue;
            }
            match normalise_hex(raw) {
                Some(c) => colours.push((t.field.to_string(), c)),
                None => e.add_with(field_of(t.field), "error-look-colour", vec![("value", raw.to_string())]),
            }
        }
        let effective = |field: &str| -> Option<String> {
            if field == "page" {
                return Some(PAGE_BACKGROUND.to_string());
            }
            if !self.colour(field).trim().is_empty() {
                return colours.iter().find(|(f, _)| f == field).map(|(_, c)| c.clone());
            }
            TOKENS.iter().find(|t| t.field == field).map(|t| t.default.to_string())
        };
        for (text, background) in PAIRS {
            let (Some(fg), Some(bg)) = (effective(text), effective(background)) else { continue };
            let ratio = contrast(&fg, &bg).unwrap_or(0.0);
            if ratio < MIN_CONTRAST {
                e.add_with(
                    field_of(text),
                    "error-look-contrast",
                    vec![("ratio", format!("{:.1}", (ratio * 10.0).floor() / 10.0)), ("text", fg), ("background", bg)],
                );
            }
        }
        e.into_result(|| (name, colours))
    }
}

/// The form field of a token field (they are the same; the function keeps `&'static str`).
fn field_of(field: &str) -> &'static str {
    TOKENS.iter().find(|t| t.field == field).map(|t| t.field).unwrap_or("name")
}

pub fn is_hex_colour(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// `#1A5A8C`, `1a5a8c`, `#15a` → `#1a5a8c`, `#1155aa`.
pub fn normalise_hex(raw: &str) -> Option<String> {
    let h = raw.trim().trim_start_matches('#').to_ascii_lowercase();
    if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    match h.len() {
        6 => Some(format!("#{h}")),
        3 => Some(format!("#{}", h.chars().flat_map(|c| [c, c]).collect::<String>())),
        _ => None,
    }
}

/// The WCAG relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> Option<f64> {
    let h = normalise_hex(hex)?;
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(&h[i..i + 2], 16).ok()?) / 255.0;
        Some(if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) })
    };
    Some(0.2126 * channel(1)? + 0.7152 * channel(3)? + 0.0722 * channel(5)?)
}

/// The WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// The media type of a logo from its first bytes: PNG, JPEG or WebP (no SVG: it can carry script).
pub fn logo_type(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, ..] => Some("image/png"),
        [0xff, 0xd8, 0xff, ..] => Some("image/jpeg"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some("image/webp"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(pairs: &[(&str, &str)]) -> LookInput {
        LookInput {
            name: "Gemeente Voorbeeld".into(),
            colours: pairs.iter().map(|(f, c)| (f.to_string(), c.to_string())).collect(),
            remove_logo: false,
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        assert_eq!(contrast("#000000", "#ffffff").map(|c| (c * 10.0).round() / 10.0), Some(21.0));
        assert_eq!(contrast("#ffffff", "#ffffff"), Some(1.0));
        let blue = contrast("#154273", "#ffffff").unwrap();
        assert!((10.0..11.0).contains(&blue), "{blue}");
        assert!(contrast("#767676", "#ffffff").unwrap() >= 4.5, "the classic AA grey");
        assert!(contrast("#777777", "#ffffff").unwrap() < 4.5);
    }

    #[test]
    fn colours_are_read_as_people_type_them_and_written_as_tokens() {
        let (name, colours) =
            input(&[("header_background", "#C8102E"), ("link", "005a9c"), ("button_text", "")]).parse().unwrap();
        assert_eq!(name, "Gemeente Voorbeeld");
        assert_eq!(
            colours,
            [("header_background".to_string(), "#c8102e".to_string()), ("link".into(), "#005a9c".into())]
        );
        let look = SiteLook { name, colours, logo_type: String::new(), version: 3 };
        assert_eq!(
            look.css(),
            ":root {\n  --utrecht-page-header-background-color: #c8102e;\n  --utrecht-link-color: #005a9c;\n  --utrecht-link-hover-color: #005a9c;\n}\n"
        );
        assert_eq!(SiteLook::colours_from_text(&look.colours_text()), look.colours);
        assert_eq!(
            SiteLook::colours_from_text("link=red\nheader_text=#ffffff\nscript=#000000"),
            [("header_text".to_string(), "#ffffff".to_string())]
        );
    }

    #[test]
    fn text_without_enough_contrast_is_refused_with_the_ratio() {
        let e = input(&[("header_background", "#ffd700")]).parse().unwrap_err();
        let err = e.get("header_text").expect("white on gold is unreadable");
        assert_eq!(err.key, "error-look-contrast");
        assert!(err.args.iter().any(|(k, v)| *k == "ratio" && v == "1.4"), "{:?}", err.args);
        assert!(input(&[("header_background", "#ffd700"), ("header_text", "#000000")]).parse().is_ok());
        assert!(input(&[("link", "#7fb2e5")]).parse().unwrap_err().get("link").is_some(), "light links on white");
        assert_eq!(input(&[("link", "blauw")]).parse().unwrap_err().get("link").unwrap().key, "error-look-colour");
        let long = LookInput { name: "x".repeat(61), ..LookInput::default() };
        assert!(long.parse().unwrap_err().get("name").is_some());
    }

    #[test]
    fn only_raster_logos_are_taken() {
        assert_eq!(logo_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(logo_type(b"\xff\xd8\xff\xe0"), Some("image/jpeg"));
        assert_eq!(logo_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(logo_type(b"<svg onload=alert(1)>"), None);
    }
}
