//! Turning the text of a bundled JSON file into typed data, with errors that name the file and
//! the place in it.

use super::json::{self, FromJson};
use std::fmt;

/// Why a data file could not be used. Every variant names the file.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The server answered with an HTTP error status (404 for a missing file).
    Http {
        /// File name, e.g. `sites.json`.
        file: String,
        /// HTTP status code.
        status: u16,
    },
    /// The request never got an answer (offline, DNS, blocked).
    Network {
        /// File name.
        file: String,
        /// The browser's message.
        message: String,
    },
    /// The file is not valid JSON, or does not have the expected shape.
    Json {
        /// File name.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong (e.g. "missing field `title`", "expected `,` or `}`").
        message: String,
    },
}

impl LoadError {
    /// The file the error concerns.
    pub fn file(&self) -> &str {
        match self {
            LoadError::Http { file, .. }
            | LoadError::Network { file, .. }
            | LoadError::Json { file, .. } => file,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Http { file, status } => write!(f, "{file}: HTTP {status}"),
            LoadError::Network { file, message } => write!(f, "{file}: network error: {message}"),
            LoadError::Json {
                file,
                line,
                column,
                message,
            } => write!(f, "{file}:{line}:{column}: {message}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Parses `text` (the body of `file`) into `T`, mapping JSON errors to [`LoadError::Json`] with
/// the line and column (in characters) of what is wrong.
pub fn parse_json<T: FromJson>(file: &str, text: &str) -> Result<T, LoadError> {
    json::from_str(text).map_err(|e| {
        let (line, column) = json::line_column(text, e.offset);
        LoadError::Json {
            file: file.to_string(),
            line,
            column,
            message: e.message,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Source;

    #[test]
    fn syntax_error_names_file_line_and_column() {
        let err = parse_json::<Vec<Source>>("sources.json", "[\n  {\"id\": }\n]").unwrap_err();
        match err {
            LoadError::Json {
                file, line, column, ..
            } => {
                assert_eq!(file, "sources.json");
                assert_eq!(line, 2);
                assert!(column > 1);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn missing_field_is_named() {
        let err = parse_json::<Vec<Source>>("sources.json", r#"[{"id":"s1"}]"#).unwrap_err();
        assert!(err.to_string().contains("title"), "{err}");
        assert!(err.to_string().starts_with("sources.json:"), "{err}");
    }
}
