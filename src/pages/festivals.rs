//! The festival calendar: `/festivals`, every festival's lunar date turned into its next solar
//! dates, filters by solar month and province (in the URL), and an .ics download.

use crate::components::data_view::with_data;
use crate::components::festival_parts::{
    Calendar, FestivalList, FilterBar, IcsDownload, ResultCount,
};
use crate::domain::calendar::format_solar;
use crate::domain::dataset::Dataset;
use crate::domain::route::Page;
use crate::i18n::title_effect;
use leptos::prelude::*;
use std::sync::Arc;

/// The festivals page.
#[component]
pub fn Festivals() -> impl IntoView {
    title_effect(Page::Festivals);
    with_data(|ds| view! { <FestivalCalendar ds=ds /> })
}

/// The calendar for a loaded dataset; rebuilt only when the language changes, so the filters
/// keep focus while the list follows the URL in place.
#[component]
fn FestivalCalendar(ds: Arc<Dataset>) -> impl IntoView {
    let cal = Calendar::new(ds);
    move || {
        let l = cal.lang.get();
        let today = move || {
            let d = cal.today.get();
            view! { <time datetime=d.to_string()>{format_solar(d, l)}</time> }
        };
        view! {
            <div class="festivals-page">
                <h1>{l.t("Lịch lễ hội", "Festival calendar")}</h1>
                <p class="lede">
                    {l.t(
                        "Các lễ hội ở những điểm di tích diễn ra theo âm lịch. Trang này đổi ngày âm lịch sang ngày dương lịch của lần tới; hãy kiểm tra với ban tổ chức trước khi đi.",
                        "Festivals at the sites follow the lunar calendar. This page turns each lunar date into the solar dates of its next occurrence; check with the organisers before you travel.",
                    )}
                </p>
                <p class="fest-today">{l.t("Hôm nay: ", "Today: ")}{today}</p>
                <div class="fest-toolbar">
                    <FilterBar cal=cal lang=l />
                    <IcsDownload cal=cal lang=l />
                </div>
                <section class="fest-results" aria-labelledby="fest-results-heading">
                    <h2 id="fest-results-heading">{l.t("Lễ hội sắp tới", "Coming festivals")}</h2>
                    <ResultCount cal=cal lang=l />
                    <FestivalList cal=cal lang=l />
                </section>
                <section class="fest-about" aria-labelledby="fest-about-heading">
                    <h2 id="fest-about-heading">
                        {l.t("Ngày âm lịch và ngày dương lịch", "Lunar and solar dates")}
                    </h2>
                    <p>
                        {l.t(
                            "Mỗi lễ hội được ghi theo âm lịch Việt Nam (ví dụ 10 tháng Giêng). Cùng một ngày âm lịch rơi vào ngày dương lịch khác nhau mỗi năm, nên ứng dụng tự tính ngày dương lịch theo lịch Việt Nam ở múi giờ UTC+7 (lịch Trung Quốc dùng UTC+8 nên đôi khi lệch một ngày). Khi lễ hội năm nay đã qua, trang cho biết ngày của năm sau.",
                            "Each festival is set by the Vietnamese lunar calendar (for example the 10th day of the 1st lunar month). The same lunar day falls on a different solar date every year, so the app computes the solar dates itself, using the Vietnamese calendar at UTC+7 (the Chinese calendar uses UTC+8 and can differ by a day). Once this year's festival is over, the page gives next year's dates.",
                        )}
                    </p>
                    <p>
                        {l.t(
                            "“Hết tháng” là ngày cuối của tháng âm lịch (29 hoặc 30). Ngày khai hội và lịch trình do ban tổ chức địa phương quyết định và có thể thay đổi; dấu ⚠ đánh dấu ngày mà các nguồn chưa thống nhất. Hãy kiểm tra với ban quản lý di tích trước khi đi.",
                            "“End of the month” is the last day of the lunar month (the 29th or 30th). Opening days and programmes are set by local organisers and may change; ⚠ marks dates on which the sources disagree. Check with the site's management board before travelling.",
                        )}
                    </p>
                </section>
            </div>
        }
    }
}
