//! GPX 1.1 for the visit planner: one waypoint per stop (names in both languages, the position's
//! precision in the description) and a route through them in the plan's order.

use crate::domain::model::Site;

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A waypoint's name: "Vietnamese / English" (one name when both are the same).
pub fn waypoint_name(site: &Site) -> String {
    if site.name.vi == site.name.en {
        site.name.vi.clone()
    } else {
        format!("{} / {}", site.name.vi, site.name.en)
    }
}

/// A waypoint's description: the locality and how precise the position is, in both languages.
/// A place without a position of its own (`within` a component) takes its component's, and
/// says so.
pub fn waypoint_desc(site: &Site) -> String {
    let Some(loc) = site.place() else {
        return format!(
            "{} — Chưa rõ vị trí. / {} — Position not known.",
            site.locality.vi, site.locality.en
        );
    };
    let km = f64::from(loc.precision_m) / 1000.0;
    let km = format!("{km}");
    let borrowed = if site.location.is_none() {
        " Không có vị trí riêng: dùng vị trí của hợp phần có khu vực chứa địa điểm này. / No position of its own: the position of the component whose area it lies in."
    } else {
        ""
    };
    let (vi, en) = if loc.approximate {
        (
            format!(
                "Vị trí gần đúng, sai số khoảng ±{} km",
                km.replace('.', ",")
            ),
            format!("Approximate position, within about ±{km} km"),
        )
    } else {
        (
            format!("Vị trí chính xác đến khoảng ±{} km", km.replace('.', ",")),
            format!("Position within about ±{km} km"),
        )
    };
    format!(
        "{} — {vi}. / {} — {en}.{borrowed} Tìm đường theo tên và địa chỉ / For directions, search by name and locality.",
        site.locality.vi, site.locality.en
    )
}

/// The GPX document for `stops` in order: a `<wpt>` per stop and one `<rte>` named `route_name`.
pub fn gpx(stops: &[&Site], route_name: &str) -> String {
    gpx_document(stops, route_name, true)
}

/// A GPX document of waypoints only (no route), one per site that has a position: the data
/// downloads' `sites.gpx` (`domain::export`).
pub fn waypoints_gpx(sites: &[&Site], name: &str) -> String {
    gpx_document(sites, name, false)
}

fn gpx_document(stops: &[&Site], route_name: &str, with_route: bool) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"yentu-explorer\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n",
    );
    out.push_str(&format!(
        "  <metadata>\n    <name>{}</name>\n  </metadata>\n",
        xml_escape(route_name)
    ));
    // A stop whose position is not known has no waypoint.
    let stops: Vec<(&Site, &crate::domain::model::Location)> = stops
        .iter()
        .filter_map(|&s| s.place().map(|l| (s, l)))
        .collect();
    let point = |tag: &str, (s, l): (&Site, &crate::domain::model::Location), indent: &str| {
        format!(
            "{indent}<{tag} lat=\"{:.6}\" lon=\"{:.6}\">\n{indent}  <name>{}</name>\n{indent}  <desc>{}</desc>\n{indent}</{tag}>\n",
            l.lat,
            l.lon,
            xml_escape(&waypoint_name(s)),
            xml_escape(&waypoint_desc(s)),
        )
    };
    for &s in &stops {
        out.push_str(&point("wpt", s, "  "));
    }
    if with_route && stops.len() > 1 {
        out.push_str(&format!(
            "  <rte>\n    <name>{}</name>\n",
            xml_escape(route_name)
        ));
        for &s in &stops {
            out.push_str(&point("rtept", s, "    "));
        }
        out.push_str("  </rte>\n");
    }
    out.push_str("</gpx>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(xml_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
