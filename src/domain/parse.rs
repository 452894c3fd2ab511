//! Turning the text of a bundled JSON file into typed data with serde, with errors that name the
//! file, the place in it and the field.

use crate::domain::objects::Objects;
use serde::de::DeserializeOwned;
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
        /// Where in the document, e.g. `[3].festivals[0].start` (empty at the top level).
        path: String,
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
                path,
                message,
            } if !path.is_empty() => write!(f, "{file}:{line}:{column}: {path}: {message}"),
            LoadError::Json {
                file,
                line,
                column,
                message,
                ..
            } => write!(f, "{file}:{line}:{column}: {message}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Parses `json` (the body of `file`, as bytes or text) into `T`, mapping errors to [`LoadError::Json`] with the
/// line, the column and, natively, the path of what is wrong. Records are read from JSON objects
/// only ([`Objects`]).
///
/// In the browser the path is left out: tracking it (serde_path_to_error) doubles the reading
/// code of every record type, the heaviest part of the first download (bench/decisions.md). The
/// browser's error panel names the file, the line and the column; the data validation
/// (`cargo test`, native) names the record and the field.
pub fn parse_json<T: DeserializeOwned>(file: &str, json: impl AsRef<[u8]>) -> Result<T, LoadError> {
    let error = |path: String, e: serde_json::Error| LoadError::Json {
        file: file.to_string(),
        line: e.line(),
        column: e.column(),
        path: if path == "." { String::new() } else { path },
        message: message_of(&e),
    };
    let mut de = serde_json::Deserializer::from_slice(json.as_ref());
    #[cfg(not(target_arch = "wasm32"))]
    let value = serde_path_to_error::deserialize(Objects(&mut de))
        .map_err(|e| error(e.path().to_string(), e.into_inner()))?;
    #[cfg(target_arch = "wasm32")]
    let value = T::deserialize(Objects(&mut de)).map_err(|e| error(String::new(), e))?;
    // Anything but white space after the document is an error too.
    de.end().map_err(|e| error(String::new(), e))?;
    Ok(value)
}

/// serde_json's message without the " at line L column C" it appends (kept in their own fields).
fn message_of(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_string()
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

    #[test]
    fn shape_errors_name_the_field_path() {
        let text = "[\n{\"id\": \"s1\", \"title\": 3}\n]";
        let err = parse_json::<Vec<Source>>("sources.json", text).unwrap_err();
        match err {
            LoadError::Json {
                line,
                path,
                message,
                ..
            } => {
                assert_eq!(line, 2);
                assert_eq!(path, "[0].title");
                assert!(
                    message.starts_with("invalid type: integer `3`"),
                    "{message}"
                );
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
