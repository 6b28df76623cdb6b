//! Paints the basemap through plotters: ocean, graticule, land, borders and coasts. (The facility dots go
//! on a layer above, rasterised by `map::dots`.)

use plotters::coord::Shift;
use plotters::prelude::*;

use super::scene::Scene;
use super::transform::ScreenFromMap;
use crate::geo::equal_earth::{map_from_lonlat, MapPoint};
use crate::geo::LonLat;
use crate::theme::Theme;
use plotters::style::text_anchor::{HPos, Pos, VPos};

fn screen(t: &ScreenFromMap, line: &[MapPoint]) -> Vec<(i32, i32)> {
    let mut out: Vec<(i32, i32)> = Vec::with_capacity(line.len());
    for p in line {
        let (x, y) = t.apply(*p);
        let q = (x.round() as i32, y.round() as i32);
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    out
}

/// `line` on screen, or `None` when its bounding box misses the `(w, h)` canvas: zoomed in, most of the
/// world is off screen and is not handed to the canvas at all.
fn on_screen(t: &ScreenFromMap, line: &[MapPoint], (w, h): (u32, u32)) -> Option<Vec<(i32, i32)>> {
    let pts = screen(t, line);
    let (mut x0, mut y0, mut x1, mut y1) = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
    for &(x, y) in &pts {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    (x1 >= 0 && y1 >= 0 && x0 <= w as i32 && y0 <= h as i32).then_some(pts)
}

/// Draws the basemap. `scale` is the devicePixelRatio (line widths follow it).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    scene: &Scene,
    t: &ScreenFromMap,
    theme: &Theme,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let hairline = (scale.round() as u32).max(1);
    let size = root.dim_in_pixel();
    root.fill(&theme.background.plotters())?;
    root.draw(&Polygon::new(screen(t, &scene.sphere), theme.ocean.plotters().filled()))?;
    for line in &scene.graticule {
        root.draw(&PathElement::new(
            screen(t, line),
            ShapeStyle::from(theme.graticule.plotters()).stroke_width(hairline),
        ))?;
    }
    for ring in &scene.land {
        let Some(pts) = on_screen(t, ring, size) else { continue };
        if pts.len() >= 3 {
            root.draw(&Polygon::new(pts, theme.land.plotters().filled()))?;
        }
    }
    for ring in &scene.origin {
        let Some(pts) = on_screen(t, ring, size) else { continue };
        if pts.len() >= 3 {
            root.draw(&Polygon::new(pts, theme.origin.plotters().filled()))?;
        }
    }
    for line in &scene.borders {
        let Some(pts) = on_screen(t, line, size) else { continue };
        root.draw(&PathElement::new(pts, ShapeStyle::from(theme.border.plotters()).stroke_width(hairline)))?;
    }
    for line in &scene.coast {
        let Some(pts) = on_screen(t, line, size) else { continue };
        root.draw(&PathElement::new(pts, ShapeStyle::from(theme.coast.plotters()).stroke_width(hairline)))?;
    }
    if !scene.origin.is_empty() {
        let (x, y) = t.apply(map_from_lonlat(LonLat::new(103.0, 33.0)));
        let style = (FontFamily::SansSerif, 12.0 * scale)
            .into_font()
            .style(FontStyle::Bold)
            .color(&theme.muted.plotters())
            .pos(Pos::new(HPos::Center, VPos::Center));
        root.draw(&Text::new("China", (x.round() as i32, y.round() as i32), style))?;
    }
    root.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::geo::basemap::{Basemap, COUNTRIES_110M};
    use crate::geo::equal_earth::world_bounds;
    use crate::theme::ThemeName;
    use plotters_svg::SVGBackend;

    #[test]
    fn draws_land_and_borders_and_projects_one_dot_per_located_facility() {
        let (data, _) = builtin();
        let basemap = Basemap::decode(COUNTRIES_110M).expect("basemap decodes");
        let scene = Scene::new(&basemap, &data.facilities);
        let located = data.facilities.iter().filter(|f| f.location.is_some()).count();
        assert_eq!(scene.dots.len(), located);
        for (i, f) in data.facilities.iter().enumerate() {
            let found = scene.dot_of(i).map(|(k, d)| (scene.dots[k].facility, d.facility));
            assert_eq!(found, f.location.map(|_| (i, i)), "{}", f.id);
        }
        assert!(scene.land.len() > 100);
        let (min, max) = world_bounds();
        let t = ScreenFromMap::fit(min, max, 960.0, 480.0, 4.0);
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (960, 480)).into_drawing_area();
            draw(&root, &scene, &t, &Theme::get(ThemeName::Light), 1.0).expect("draws");
        }
        assert!(svg.matches("<polygon").count() > 100, "land is filled");
        assert!(svg.matches("<polyline").count() > 100, "borders and coasts are stroked");
        // Every dot lands inside the canvas.
        for d in &scene.dots {
            let (x, y) = t.apply(d.at);
            assert!((0.0..=960.0).contains(&x) && (0.0..=480.0).contains(&y));
        }
    }

    #[test]
    fn zoomed_in_only_what_is_on_screen_is_drawn() {
        let basemap = Basemap::decode(COUNTRIES_110M).expect("basemap decodes");
        let scene = Scene::new(&basemap, &[]);
        let c = crate::map::viewport::Canvas { width: 960.0, height: 480.0, pad: 4.0 };
        let count = |v: crate::map::viewport::Viewport| {
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, (960, 480)).into_drawing_area();
                draw(&root, &scene, &v.screen_from_map(c), &Theme::get(ThemeName::Light), 1.0).expect("draws");
            }
            svg.matches("<polygon").count() + svg.matches("<polyline").count()
        };
        let world = count(crate::map::viewport::Viewport::default());
        let hungary = crate::map::viewport::Viewport::focus(map_from_lonlat(LonLat::new(21.6, 47.5)));
        let zoomed = count(hungary);
        assert!(zoomed * 5 < world, "zoomed on Hungary draws {zoomed} shapes, the world {world}");
        assert!(zoomed > 3, "Hungary and its neighbours are drawn ({zoomed})");
    }
}
