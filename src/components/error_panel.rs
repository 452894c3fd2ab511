//! Shows a [`LoadError`] in the visitor's language, naming what failed, with "try again".

use crate::domain::model::Lang;
use crate::domain::parse::LoadError;
use crate::i18n::use_lang;
use leptos::prelude::*;

/// The visitor-facing explanation of a load error.
pub fn describe(err: &LoadError, lang: Lang) -> String {
    match err {
        LoadError::Http { file, status: 404 } => match lang {
            Lang::Vi => format!("Không tìm thấy tệp dữ liệu {file} (HTTP 404)."),
            Lang::En => format!("The data file {file} was not found (HTTP 404)."),
        },
        LoadError::Http { file, status } => match lang {
            Lang::Vi => format!("Máy chủ trả lỗi HTTP {status} khi tải {file}."),
            Lang::En => format!("The server answered HTTP {status} for {file}."),
        },
        LoadError::Network { file, .. } => match lang {
            Lang::Vi => format!("Không kết nối được để tải {file}. Hãy kiểm tra mạng."),
            Lang::En => format!("Could not connect to load {file}. Check your connection."),
        },
        LoadError::Json {
            file, line, column, ..
        } => match lang {
            Lang::Vi => format!("Tệp {file} bị lỗi định dạng (dòng {line}, cột {column})."),
            Lang::En => format!("The file {file} is malformed (line {line}, column {column})."),
        },
    }
}

/// An alert with the error, its technical detail, and a button that calls `retry`.
#[component]
pub fn ErrorPanel(error: LoadError, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let detail = error.to_string();
    let err = error.clone();
    view! {
        <section class="error-panel" role="alert">
            <h2>{move || lang.get().t("Không tải được dữ liệu", "The data could not be loaded")}</h2>
            <p class="error-message">{move || describe(&err, lang.get())}</p>
            <details>
                <summary>{move || lang.get().t("Chi tiết kỹ thuật", "Technical detail")}</summary>
                <code>{detail}</code>
            </details>
            <button type="button" class="retry" on:click=move |_| retry.run(())>
                {move || lang.get().t("Thử lại", "Try again")}
            </button>
        </section>
    }
}
