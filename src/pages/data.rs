//! `/data`: the data as files people's tools open (written by the build tool from
//! `domain::export`), the raw JSON files, the guide to them, the licence and how to credit.

use crate::domain::dataset::FILES;
use crate::domain::export::{DOWNLOADS_DIR, SCHEMA_PAGE};
use crate::domain::model::Lang;
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use crate::nav::{base_path, href};
use leptos::prelude::*;

/// One download: file, format, what it holds and what opens it, in (Vietnamese, English).
struct Download {
    file: &'static str,
    format: &'static str,
    holds: (&'static str, &'static str),
}

const DOWNLOADS: [Download; 5] = [
    Download {
        file: "sites.csv",
        format: "CSV (UTF-8)",
        holds: (
            "Mỗi điểm di tích một dòng: số hợp phần, tên và tóm tắt bằng hai thứ tiếng, tình trạng, phần trong chuỗi di sản, loại hình, thời kỳ, tỉnh hiện nay và trước năm 2025, tọa độ với sai số (mét), mã nguồn, địa chỉ trang. Mở được bằng Excel, LibreOffice, Google Trang tính.",
            "One row per site: component number, name and summary in both languages, status, part of the series, kind, eras, province today and before 2025, coordinates with their precision (metres), source ids, page address. Opens in Excel, LibreOffice, Google Sheets.",
        ),
    },
    Download {
        file: "sites.geojson",
        format: "GeoJSON (RFC 7946)",
        holds: (
            "Các điểm di tích trên bản đồ, cùng các thuộc tính như tệp CSV; vị trí ước tính ghi rõ position_approximate và precision_m, điểm chưa có vị trí riêng không có hình học. Mở được bằng QGIS, uMap, geojson.io.",
            "The sites as map features with the same properties as the CSV; estimated positions say so in position_approximate and precision_m, and places without a position of their own have no geometry. Opens in QGIS, uMap, geojson.io.",
        ),
    },
    Download {
        file: "sites.gpx",
        format: "GPX 1.1",
        holds: (
            "Một điểm mốc cho mỗi điểm di tích có vị trí, tên bằng hai thứ tiếng, sai số trong phần mô tả. Mở được bằng các ứng dụng GPS và bản đồ ngoại tuyến.",
            "A waypoint for each site with a position, named in both languages, its precision in the description. Opens in GPS and offline map apps.",
        ),
    },
    Download {
        file: "timeline.csv",
        format: "CSV (UTF-8)",
        holds: (
            "Các mốc của hồ sơ đề cử: ngày theo đúng độ chính xác đã biết (năm, tháng hoặc ngày), giai đoạn, tiêu đề và nội dung bằng hai thứ tiếng; mốc chưa chắc chắn đánh dấu ⚠ kèm ghi chú.",
            "The nomination dossier's milestones: dates at the precision known (year, month or day), phase, title and text in both languages; uncertain milestones are marked ⚠ with a note.",
        ),
    },
    Download {
        file: "festivals.ics",
        format: "iCalendar (.ics)",
        holds: (
            "Mọi lần diễn ra của các lễ hội trong 12 tháng kể từ ngày dựng trang, ngày dương lịch tính từ âm lịch. Có thể nhập một lần, hoặc đăng ký theo địa chỉ của tệp để lịch tự cập nhật (Google Calendar: “Từ URL”; Apple Calendar: “Đăng ký lịch mới”; Thunderbird: “Lịch mới” → “Trên mạng”).",
            "Every festival occurrence in the 12 months from the day the site was built, solar dates computed from the lunar calendar. Import it once, or subscribe to the file's address so that the calendar stays current (Google Calendar: “From URL”; Apple Calendar: “New Calendar Subscription”; Thunderbird: “New Calendar” → “On the Network”).",
        ),
    },
];

/// The address of a file of the built site (`data/downloads/sites.csv`) under its base path.
fn file_href(rel: &str) -> String {
    format!("{}/{rel}", base_path())
}

/// The Data page.
#[component]
pub fn DataPage() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::Data);
    move || {
        let l = lang.get();
        view! {
            <h1>{l.t("Dữ liệu mở", "Open data")}</h1>
            <p>{l.t(
                "Toàn bộ dữ liệu của trang, dưới dạng tệp mà phần mềm bảng tính, bản đồ, GPS và lịch mở được: để soạn bài giảng, viết báo cáo, vẽ bản đồ hay kiểm tra thông tin. Các tệp được tạo khi dựng trang, từ chính dữ liệu trang hiển thị.",
                "All of the explorer's data, as files that spreadsheets, map software, GPS and calendar apps open: for lesson plans, reports, maps or fact-checking. The files are made when the site is built, from the same data the pages show.",
            )}</p>
            <Downloads lang=l />
            <RawFiles lang=l />
            <Licence lang=l />
        }
    }
}

/// The list of downloads.
#[component]
fn Downloads(lang: Lang) -> impl IntoView {
    let items = DOWNLOADS
        .iter()
        .map(|d| {
            let path = file_href(&format!("{DOWNLOADS_DIR}/{}", d.file));
            view! {
                <li class="data-download">
                    <a href=path download=d.file>{d.file}</a>
                    <span class="data-format">{format!(" · {}", d.format)}</span>
                    <p>{lang.t(d.holds.0, d.holds.1)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="data-downloads-h">
            <h2 id="data-downloads-h">{lang.t("Tải xuống", "Downloads")}</h2>
            <ul class="data-downloads">{items}</ul>
            <p>{lang.t(
                "Mỗi tệp theo giấy phép CC BY 4.0 (xem bên dưới). Tọa độ phần lớn là ước tính: cột sai số cho biết độ tin cậy; hãy tìm đường theo tên và địa chỉ.",
                "Each file is under CC BY 4.0 (see below). Most coordinates are estimates: the precision column says how far to trust them; find your way by name and locality.",
            )}</p>
        </section>
    }
}

/// The data files themselves and the guide to them.
#[component]
fn RawFiles(lang: Lang) -> impl IntoView {
    let files = FILES
        .iter()
        .map(|f| {
            view! {
                <li>
                    <a href=file_href(&format!("data/{f}"))>{*f}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="data-raw-h">
            <h2 id="data-raw-h">{lang.t("Các tệp dữ liệu gốc", "The data files themselves")}</h2>
            <p>{lang.t(
                "Dữ liệu gốc ở dạng JSON, mỗi thông tin kèm mã nguồn của nó. Hướng dẫn giải thích từng tệp và từng trường (bằng tiếng Anh):",
                "The source data as JSON, every fact with the ids of its sources. The guide explains each file and field:",
            )}
                " "
                <a href=file_href(SCHEMA_PAGE)>{lang.t("Hướng dẫn về dữ liệu", "Guide to the data")}</a>
            </p>
            <ul class="data-raw">{files}</ul>
        </section>
    }
}

/// The licence and how to credit.
#[component]
fn Licence(lang: Lang) -> impl IntoView {
    view! {
        <section aria-labelledby="data-licence-h">
            <h2 id="data-licence-h">{lang.t("Giấy phép và cách ghi nguồn", "Licence and credit")}</h2>
            <p>
                {lang.t(
                    "Các văn bản do dự án viết (tóm tắt, mô tả, ghi chú) và các tệp trên theo giấy phép ",
                    "The project's own texts (summaries, descriptions, notes) and the files above are under the ",
                )}
                <a href=lang.t("https://creativecommons.org/licenses/by/4.0/deed.vi", "https://creativecommons.org/licenses/by/4.0/deed.en") rel="license noopener noreferrer">
                    "Creative Commons Attribution 4.0 (CC BY 4.0)"
                </a>
                {lang.t(
                    ": được dùng lại, chỉnh sửa, in cho lớp học, miễn là ghi nguồn. Các sự kiện vẫn thuộc về nguồn của chúng: khi trích một thông tin, hãy dẫn cả nguồn gốc (mã nguồn trong tệp, xem ",
                    " licence: reuse, adapt and print them for a class, as long as you give credit. Facts keep their sources: when you quote one, cite its original source too (the source ids in the files, see ",
                )}
                <a href=href("/sources", lang)>{Page::Sources.title(lang)}</a>
                {lang.t("). Mã nguồn phần mềm theo giấy phép MIT.", "). The software's code is under the MIT licence.")}
            </p>
            <p>{lang.t("Cách ghi nguồn, ví dụ:", "How to credit, for example:")}</p>
            <blockquote class="data-credit">
                <p>{lang.t(
                    "Dữ liệu: “Khám phá Di sản thế giới Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc”, dữ liệu mở, CC BY 4.0.",
                    "Data: “Explorer of the Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc World Heritage property”, open data, CC BY 4.0.",
                )}</p>
            </blockquote>
        </section>
    }
}
