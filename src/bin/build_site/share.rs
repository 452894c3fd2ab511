//! Share images: a 1200×630 PNG per site and one for the property, drawn from the data as SVG
//! (names in both languages, component number, province today and before 2025, a small map of
//! where it lies, with the app's own projection and province outlines) and rasterised with resvg.
//! No photograph: the sources license none.

use std::path::Path;
use std::sync::Arc;
use yentu_explorer::domain::dataset::Dataset;
use yentu_explorer::domain::geo::Outlines;
use yentu_explorer::domain::map_layout::{site_projection, Basemap, MAP_H, MAP_W};
use yentu_explorer::domain::model::{Lang, SeriesPart, Site};

/// Width and height of every share image, as Open Graph asks.
pub const SIZE: (u32, u32) = (1200, 630);

/// The colours of the series' parts (style/main.css).
fn part_colour(part: SeriesPart) -> &'static str {
    match part {
        SeriesPart::Founding => "#2f5d3a",
        SeriesPart::Dissemination => "#3b3f8f",
        SeriesPart::Revival => "#9b2d20",
    }
}

/// Escapes text for SVG.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Greedy line breaking by an estimate of the text's width (about 0.56 em a character in DejaVu
/// Sans); at most `max_lines` lines, the last one ending in "…" if the text is longer.
fn wrap(text: &str, font_px: f64, width_px: f64, max_lines: usize) -> Vec<String> {
    let per_line = ((width_px / (font_px * 0.56)).floor() as usize).max(8);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let len = line.chars().count() + 1 + word.chars().count();
        if !line.is_empty() && len > per_line {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// `<text>` lines starting at `y`, `gap` pixels apart; returns the SVG and the y after them.
fn text_block(lines: &[String], x: f64, y: f64, gap: f64, style: &str) -> (String, f64) {
    let mut out = String::new();
    let mut y = y;
    for l in lines {
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" {style}>{}</text>",
            esc(l)
        ));
        y += gap;
    }
    (out, y)
}

/// The small map: province outlines and every component, `focus` drawn larger and ringed.
fn map_svg(ds: &Dataset, basemap: &Basemap, focus: Option<&Site>) -> String {
    let proj = site_projection(ds);
    let mut out = format!(
        "<svg x=\"680\" y=\"165\" width=\"480\" height=\"300\" viewBox=\"0 0 {MAP_W} {MAP_H}\" overflow=\"hidden\">"
    );
    out.push_str(&format!(
        "<rect width=\"{MAP_W}\" height=\"{MAP_H}\" fill=\"#f3ede0\" rx=\"16\"/>"
    ));
    for f in &basemap.fills {
        let fill = match (f.in_property, f.former) {
            (false, _) => "#f5f1e8",
            (true, true) => "#efe8d8",
            (true, false) => "#e9e1cd",
        };
        out.push_str(&format!("<path d=\"{}\" fill=\"{fill}\"/>", f.path));
    }
    for b in &basemap.current {
        out.push_str(&format!(
            "<path d=\"{}\" fill=\"none\" stroke=\"#6d6454\" stroke-width=\"1.6\"/>",
            b.path
        ));
    }
    for (s, loc) in ds
        .components()
        .into_iter()
        .filter_map(|s| s.location.as_ref().map(|l| (s, l)))
    {
        let (x, y) = proj.project(loc.lat, loc.lon);
        out.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"9\" fill=\"{}\" stroke=\"#fbf8f1\" stroke-width=\"2\"/>",
            part_colour(s.part)
        ));
    }
    // A place within a component's area rings that component's point; one whose position is
    // not known rings none.
    if let Some((s, loc)) = focus.and_then(|s| s.place().map(|l| (s, l))) {
        let (x, y) = proj.project(loc.lat, loc.lon);
        out.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"28\" fill=\"none\" stroke=\"#1f1c17\" stroke-width=\"5\"/>\
             <circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"16\" fill=\"{}\" stroke=\"#fbf8f1\" stroke-width=\"3\"/>",
            part_colour(s.part)
        ));
    }
    out.push_str("</svg>");
    out
}

/// The SVG of one share image: the site's (or, without one, the property's).
fn image_svg(ds: &Dataset, basemap: &Basemap, site: Option<&Site>) -> String {
    let (w, h) = SIZE;
    let mut body = String::new();
    let kicker = "Di sản thế giới UNESCO · UNESCO World Heritage";
    body.push_str(&format!(
        "<text x=\"60\" y=\"88\" font-size=\"22\" fill=\"#4a443a\">{}</text>",
        esc(kicker)
    ));
    let (name_vi, name_en, lines_below): (String, String, Vec<String>) = match site {
        Some(s) => {
            let province = |id: &str, lang: Lang| {
                ds.province(id)
                    .map(|p| p.name.get(lang).to_string())
                    .unwrap_or_default()
            };
            let mut below = Vec::new();
            if let Some(n) = s.component {
                below.push(format!("Hợp phần {n} · Component {n}"));
            } else {
                below.push(format!(
                    "{} · {}",
                    s.status.label(Lang::Vi),
                    s.status.label(Lang::En)
                ));
            }
            let (now_vi, now_en) = (
                province(&s.province_now, Lang::Vi),
                province(&s.province_now, Lang::En),
            );
            if s.province_now == s.province_before {
                below.push(format!("{now_vi} · {now_en}"));
            } else {
                below.push(format!(
                    "{now_vi} (trước 2025: {})",
                    province(&s.province_before, Lang::Vi)
                ));
                below.push(format!(
                    "{now_en} (before 2025: {})",
                    province(&s.province_before, Lang::En)
                ));
            }
            (s.name.vi.clone(), s.name.en.clone(), below)
        }
        None => (
            ds.property.name.vi.clone(),
            ds.property.name.en.clone(),
            vec![
                format!(
                    "{} hợp phần · {} component parts",
                    ds.property.component_count, ds.property.component_count
                ),
                "Quảng Ninh · Bắc Ninh · Hải Phòng".to_string(),
            ],
        ),
    };
    let big = if site.is_some() { 64.0 } else { 48.0 };
    let (vi_svg, y) = text_block(
        &wrap(&name_vi, big, 600.0, 3),
        60.0,
        100.0 + big * 1.15,
        big * 1.15,
        &format!("font-size=\"{big}\" font-weight=\"bold\" fill=\"#1f1c17\""),
    );
    body.push_str(&vi_svg);
    let small = big * 0.55;
    let (en_svg, y) = text_block(
        &wrap(&name_en, small, 600.0, 3),
        60.0,
        y + small * 0.4,
        small * 1.25,
        &format!("font-size=\"{small}\" fill=\"#4a443a\" lang=\"en\""),
    );
    body.push_str(&en_svg);
    let colour = site.map_or("#7a3b12", |s| part_colour(s.part));
    let (below_svg, _) = text_block(
        &lines_below,
        60.0,
        (y + 30.0).max(430.0),
        40.0,
        &format!("font-size=\"28\" fill=\"{colour}\" font-weight=\"bold\""),
    );
    body.push_str(&below_svg);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"DejaVu Sans, Noto Sans, sans-serif\">\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#fbf8f1\"/>\
         <rect x=\"0\" y=\"0\" width=\"16\" height=\"{h}\" fill=\"{colour}\"/>\
         {body}{}</svg>",
        map_svg(ds, basemap, site)
    )
}

/// Rasterises an SVG to PNG bytes with the system's fonts.
fn to_png(svg: &str, fonts: &Arc<resvg::usvg::fontdb::Database>) -> Result<Vec<u8>, String> {
    let opt = resvg::usvg::Options {
        fontdb: fonts.clone(),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| e.to_string())?;
    let (w, h) = SIZE;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or("cannot allocate the image")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// Writes `share/property.png` and `share/<site id>.png` into `staging`; returns how many.
pub fn write_all(ds: &Dataset, outlines: &Outlines, staging: &Path) -> Result<usize, String> {
    let mut fonts = resvg::usvg::fontdb::Database::new();
    fonts.load_system_fonts();
    if fonts.is_empty() {
        return Err(
            "no system fonts found for the share images (Debian: fonts-dejavu-core)".into(),
        );
    }
    let fonts = Arc::new(fonts);
    let basemap = Basemap::build(outlines, &site_projection(ds), &ds.property_province_ids());
    let dir = staging.join("share");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut n = 0;
    let mut write = |name: &str, svg: String| -> Result<(), String> {
        let png = to_png(&svg, &fonts)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).map_err(|e| format!("{}: {e}", path.display()))?;
        n += 1;
        Ok(())
    };
    write("property", image_svg(ds, &basemap, None))?;
    for s in &ds.sites {
        write(&s.id, image_svg(ds, &basemap, Some(s)))?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_wrap_and_stop_with_an_ellipsis() {
        let lines = wrap(
            "Quần thể di tích và danh thắng Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc",
            48.0,
            600.0,
            3,
        );
        assert!(lines.len() <= 3 && lines.len() > 1, "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 24), "{lines:?}");
        let cut = wrap(&"từ ".repeat(100), 48.0, 600.0, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'));
    }
}
