//! A small JSON reader for the bundled data files, and [`FromJson`], the conversion of its values
//! into the app's types.
//!
//! The app used serde's derived deserializers before; for the dozen record types of the data they
//! cost about 40 KB of gzip in the WebAssembly every visitor downloads first, which this reader
//! does in a fraction of that. Reading happens in two steps: [`parse`] checks the syntax and
//! builds a tree of [`Node`]s that remember where each value starts in the text, then
//! [`FromJson`] turns the tree into typed data. Every error carries the byte offset of what is
//! wrong, so the caller can name the line, the column and the field (see `validate.rs`). The
//! messages follow serde_json's wording (`missing field`, `invalid type`, `unknown variant`,
//! `expected` …), which data editors already know.
//!
//! Numbers are read the way serde_json reads them without its `float_roundtrip` feature: exactly
//! for up to 19 significant digits and a power of ten up to 22, which covers every coordinate and
//! figure in the data.

use std::fmt;

/// Deepest nesting of arrays and objects accepted (serde_json's limit too), so that hostile input
/// cannot exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// A JSON value with the byte offset where it starts in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Byte offset of the value's first character.
    pub offset: usize,
    /// The value.
    pub value: Value,
}

/// A JSON value. Objects keep their members in the order of the text, duplicates included.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Node>),
    /// An object's members.
    Object(Vec<(String, Node)>),
}

/// What is wrong with a JSON text, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset in the text: of the unexpected character for a syntax error, of the value for
    /// a value of the wrong type, just inside the object's `{` for a missing field.
    pub offset: usize,
    /// What is wrong, in serde_json's words.
    pub message: String,
}

impl JsonError {
    fn new(offset: usize, message: impl Into<String>) -> JsonError {
        JsonError {
            offset,
            message: message.into(),
        }
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JsonError {}

/// The 1-based line and 1-based column (in characters, as editors count them) of byte `offset`
/// in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    (line, 1 + before[line_start..].chars().count())
}

/// The byte offset of a 1-based (line, column) position as [`line_column`] gives it; clamped to
/// the text.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0usize;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(p) => start += p + 1,
            None => return text.len(),
        }
    }
    text[start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| start + i)
}

/// Parses a whole JSON text.
pub fn parse(text: &str) -> Result<Node, JsonError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    p.skip_space();
    let node = p.value(0)?;
    p.skip_space();
    if p.at < p.bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(node)
}

/// Parses `text` and converts it into `T`.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, JsonError> {
    T::from_json(&parse(text)?)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, message: &str) -> JsonError {
        JsonError::new(self.at, message)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, JsonError> {
        let offset = self.at;
        let value = match self.peek() {
            None => return Err(self.error("EOF while parsing a value")),
            Some(b'{' | b'[') if depth >= MAX_DEPTH => {
                return Err(self.error("recursion limit exceeded"))
            }
            Some(b'{') => Value::Object(self.object(depth)?),
            Some(b'[') => Value::Array(self.array(depth)?),
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(_) => return Err(self.error("expected value")),
        };
        Ok(Node { offset, value })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, JsonError> {
        for &b in word.as_bytes() {
            match self.peek() {
                Some(c) if c == b => self.at += 1,
                None => return Err(self.error("EOF while parsing a value")),
                Some(_) => return Err(self.error("expected ident")),
            }
        }
        Ok(value)
    }

    /// After `[`: the elements and the closing `]`.
    fn array(&mut self, depth: usize) -> Result<Vec<Node>, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(items);
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(items);
                }
                None => return Err(self.error("EOF while parsing a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    /// After `{`: the members and the closing `}`.
    fn object(&mut self, depth: usize) -> Result<Vec<(String, Node)>, JsonError> {
        self.at += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(members);
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.skip_space();
            members.push((key, self.value(depth + 1)?));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(members);
                }
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// At `"`: the unescaped string and the closing `"`.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                // `run` and `at` sit on ASCII bytes (a quote, a backslash or just after an
                // escape), which are always character boundaries in UTF-8.
                Some(b'"') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    out.push(self.escape()?);
                    run = self.at;
                }
                Some(0..=0x1f) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => self.at += 1,
            }
        }
    }

    /// After `\`: the escaped character.
    fn escape(&mut self) -> Result<char, JsonError> {
        let c = match self.peek() {
            None => return Err(self.error("EOF while parsing a string")),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                return self.unicode_escape();
            }
            Some(_) => return Err(self.error("invalid escape")),
        };
        self.at += 1;
        Ok(c)
    }

    /// After `\u`: four hex digits, and a second `\uXXXX` for a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let start = self.at;
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                    return Err(self.error("unexpected end of hex escape"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(JsonError::new(
                        start,
                        "lone leading surrogate in hex escape",
                    ));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => {
                return Err(JsonError::new(
                    start,
                    "lone trailing surrogate in hex escape",
                ))
            }
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| JsonError::new(start, "invalid unicode code point"))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                None => return Err(self.error("EOF while parsing a string")),
                Some(_) => return Err(self.error("invalid escape")),
            };
            v = v * 16 + u32::from(d);
            self.at += 1;
        }
        Ok(v)
    }

    fn digit(&self) -> Option<u64> {
        match self.peek() {
            Some(c @ b'0'..=b'9') => Some(u64::from(c - b'0')),
            _ => None,
        }
    }

    /// A number by the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<f64, JsonError> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut mantissa = 0u64;
        let mut exponent = 0i32;
        match self.digit() {
            Some(0) => {
                self.at += 1;
                if self.digit().is_some() {
                    return Err(self.error("invalid number"));
                }
            }
            Some(_) => {
                while let Some(d) = self.digit() {
                    push_digit(&mut mantissa, &mut exponent, d, false);
                    self.at += 1;
                }
            }
            None => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digit().is_none() {
                return Err(self.error("invalid number"));
            }
            while let Some(d) = self.digit() {
                push_digit(&mut mantissa, &mut exponent, d, true);
                self.at += 1;
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let negative_exponent = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    true
                }
                Some(b'+') => {
                    self.at += 1;
                    false
                }
                _ => false,
            };
            if self.digit().is_none() {
                return Err(self.error("invalid number"));
            }
            let mut e = 0i32;
            while let Some(d) = self.digit() {
                e = (e * 10 + d as i32).min(100_000);
                self.at += 1;
            }
            exponent += if negative_exponent { -e } else { e };
        }
        // Powers of ten up to 10^22 and mantissas below 2^53 are exact in f64, so the one
        // rounding is that of the final multiplication or division.
        let m = mantissa as f64;
        let v = if exponent >= 0 {
            m * 10f64.powi(exponent)
        } else {
            m / 10f64.powi(-exponent)
        };
        if !v.is_finite() {
            return Err(JsonError::new(start, "number out of range"));
        }
        Ok(if negative { -v } else { v })
    }
}

/// Adds a decimal digit to a number being read: up to 19 significant digits go into the
/// mantissa; further ones only scale it (integer part) or are dropped (fraction).
fn push_digit(mantissa: &mut u64, exponent: &mut i32, d: u64, fraction: bool) {
    if *mantissa < 1_000_000_000_000_000_000 {
        *mantissa = *mantissa * 10 + d;
        if fraction {
            *exponent -= 1;
        }
    } else if !fraction {
        *exponent += 1;
    }
}

// ---------------------------------------------------------------- into typed data

/// A type that can be read from a JSON value.
pub trait FromJson: Sized {
    /// Converts `node`, or says what is wrong with it.
    fn from_json(node: &Node) -> Result<Self, JsonError>;

    /// The value of an object member that is absent; `None` (the default) makes its absence an
    /// error. `Option` fields are `None` when absent.
    fn absent() -> Option<Self> {
        None
    }
}

impl Node {
    /// How serde_json describes this value in an "invalid type" message. (No float or `Debug`
    /// formatting: either would add kilobytes of WebAssembly for an error message.)
    fn describe(&self) -> String {
        match &self.value {
            Value::Null => "null".to_string(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                format!("integer `{}`", *n as i64)
            }
            Value::Number(_) => "floating point".to_string(),
            Value::String(s) => format!("string \"{s}\""),
            Value::Array(_) => "sequence".to_string(),
            Value::Object(_) => "map".to_string(),
        }
    }

    /// The "invalid type" error for this value where `expected` was wanted.
    pub fn invalid_type(&self, expected: &str) -> JsonError {
        JsonError::new(
            self.offset,
            format!("invalid type: {}, expected {expected}", self.describe()),
        )
    }

    /// The members of an object, for reading a struct named `what` (e.g. `struct Site`).
    pub fn fields(&self, what: &str) -> Result<Fields<'_>, JsonError> {
        match &self.value {
            Value::Object(members) => Ok(Fields {
                offset: self.offset,
                members,
            }),
            _ => Err(self.invalid_type(what)),
        }
    }

    /// The position of this string among `names`, or an "unknown variant" error listing them.
    pub fn variant(&self, names: &[&str]) -> Result<usize, JsonError> {
        let Value::String(s) = &self.value else {
            return Err(self.invalid_type("a variant name"));
        };
        names.iter().position(|n| n == s).ok_or_else(|| {
            let expected: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            JsonError::new(
                self.offset,
                format!(
                    "unknown variant `{s}`, expected one of {}",
                    expected.join(", ")
                ),
            )
        })
    }

    /// The member `key` of an object, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// The members of a JSON object being read into a struct. Unknown members are ignored; a member
/// given twice is an error.
pub struct Fields<'a> {
    offset: usize,
    members: &'a [(String, Node)],
}

impl Fields<'_> {
    fn find(&self, name: &str) -> Result<Option<&Node>, JsonError> {
        let mut found = None;
        for (key, node) in self.members {
            if key == name {
                if found.is_some() {
                    return Err(JsonError::new(
                        node.offset,
                        format!("duplicate field `{name}`"),
                    ));
                }
                found = Some(node);
            }
        }
        Ok(found)
    }

    /// The member `name`; its absence is an error unless `T` has an [`FromJson::absent`] value.
    pub fn get<T: FromJson>(&self, name: &str) -> Result<T, JsonError> {
        match self.find(name)? {
            Some(node) => T::from_json(node),
            None => T::absent()
                .ok_or_else(|| JsonError::new(self.offset + 1, format!("missing field `{name}`"))),
        }
    }

    /// The member `name`, or `T::default()` when it is absent.
    pub fn get_or_default<T: FromJson + Default>(&self, name: &str) -> Result<T, JsonError> {
        match self.find(name)? {
            Some(node) => T::from_json(node),
            None => Ok(T::default()),
        }
    }
}

impl FromJson for String {
    fn from_json(node: &Node) -> Result<Self, JsonError> {
        node.as_str()
            .map(str::to_string)
            .ok_or_else(|| node.invalid_type("a string"))
    }
}

impl FromJson for bool {
    fn from_json(node: &Node) -> Result<Self, JsonError> {
        match node.value {
            Value::Bool(b) => Ok(b),
            _ => Err(node.invalid_type("a boolean")),
        }
    }
}

impl FromJson for f64 {
    fn from_json(node: &Node) -> Result<Self, JsonError> {
        match node.value {
            Value::Number(n) => Ok(n),
            _ => Err(node.invalid_type("f64")),
        }
    }
}

/// A whole number in `min..=max`, for the integer types.
fn integer(node: &Node, min: f64, max: f64, name: &str) -> Result<f64, JsonError> {
    match node.value {
        Value::Number(n) if n.fract() == 0.0 && (min..=max).contains(&n) => Ok(n),
        Value::Number(n) if n.fract() == 0.0 => Err(JsonError::new(
            node.offset,
            format!("invalid value: integer `{}`, expected {name}", n as i64),
        )),
        _ => Err(node.invalid_type(name)),
    }
}

macro_rules! integer_from_json {
    ($($t:ident),*) => {$(
        impl FromJson for $t {
            fn from_json(node: &Node) -> Result<Self, JsonError> {
                integer(node, $t::MIN as f64, $t::MAX as f64, stringify!($t)).map(|n| n as $t)
            }
        }
    )*};
}
integer_from_json!(u8, u32, i32);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(node: &Node) -> Result<Self, JsonError> {
        match node.value {
            Value::Null => Ok(None),
            _ => T::from_json(node).map(Some),
        }
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(node: &Node) -> Result<Self, JsonError> {
        match &node.value {
            Value::Array(items) => items.iter().map(T::from_json).collect(),
            _ => Err(node.invalid_type("a sequence")),
        }
    }
}

impl FromJson for [f64; 2] {
    fn from_json(node: &Node) -> Result<Self, JsonError> {
        match &node.value {
            Value::Array(items) if items.len() == 2 => {
                Ok([f64::from_json(&items[0])?, f64::from_json(&items[1])?])
            }
            Value::Array(items) => Err(JsonError::new(
                node.offset,
                format!(
                    "invalid length {}, expected an array of length 2",
                    items.len()
                ),
            )),
            _ => Err(node.invalid_type("an array of length 2")),
        }
    }
}

/// Implements [`FromJson`] for a struct from a JSON object with a member per field, named as the
/// field. `field: default` takes `Default::default()` when the member is absent; an `Option` field
/// is `None` when absent; any other absent field is an error.
///
/// ```ignore
/// from_json_struct!(KeyFact { text, sources, uncertain: default, note });
/// ```
#[macro_export]
macro_rules! from_json_struct {
    ($ty:ident { $($field:ident $(: $default:ident)?),* $(,)? }) => {
        impl $crate::domain::json::FromJson for $ty {
            fn from_json(
                node: &$crate::domain::json::Node,
            ) -> Result<Self, $crate::domain::json::JsonError> {
                let fields = node.fields(concat!("struct ", stringify!($ty)))?;
                Ok($ty {
                    $($field: $crate::from_json_struct!(@get fields, $field $(, $default)?),)*
                })
            }
        }
    };
    (@get $fields:ident, $field:ident) => { $fields.get(stringify!($field))? };
    (@get $fields:ident, $field:ident, default) => {
        $fields.get_or_default(stringify!($field))?
    };
}

/// Implements [`FromJson`] for fieldless enums that have `ALL` (every variant) and `id(self)`
/// (the variant's name in the data).
#[macro_export]
macro_rules! from_json_enum {
    ($($ty:ident),* $(,)?) => {$(
        impl $crate::domain::json::FromJson for $ty {
            fn from_json(
                node: &$crate::domain::json::Node,
            ) -> Result<Self, $crate::domain::json::JsonError> {
                let i = node.variant(&$ty::ALL.map($ty::id))?;
                Ok($ty::ALL[i])
            }
        }
    )*};
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> JsonError {
        parse(text).expect_err(text)
    }

    fn num(text: &str) -> f64 {
        match parse(text).expect(text).value {
            Value::Number(n) => n,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn parses_every_kind_of_value_with_offsets() {
        let n = parse(r#" {"a": [1, -2.5e1, true, false, null], "b": "x\"y\u00e9\ud83d\ude00"} "#)
            .expect("valid");
        assert_eq!(n.offset, 1);
        let Value::Object(members) = &n.value else {
            panic!("object")
        };
        assert_eq!(members[0].0, "a");
        assert_eq!(members[0].1.offset, 7);
        let Value::Array(items) = &members[0].1.value else {
            panic!("array")
        };
        let values: Vec<&Value> = items.iter().map(|i| &i.value).collect();
        assert_eq!(
            values,
            [
                &Value::Number(1.0),
                &Value::Number(-25.0),
                &Value::Bool(true),
                &Value::Bool(false),
                &Value::Null
            ]
        );
        assert_eq!(n.get("b").and_then(Node::as_str), Some("x\"yé😀"));
        assert_eq!(parse("[]").expect("empty").value, Value::Array(vec![]));
        assert_eq!(parse("{}").expect("empty").value, Value::Object(vec![]));
    }

    #[test]
    fn keeps_vietnamese_text_exactly() {
        let s = "Chùa Hoa Yên – Yên Tử, Quảng Ninh";
        let n = parse(&format!("{s:?}")).expect("string");
        assert_eq!(n.as_str(), Some(s));
        let escaped = parse(r#""\\ \/ \b\f\n\r\t""#).expect("escapes");
        assert_eq!(escaped.as_str(), Some("\\ / \u{8}\u{c}\n\r\t"));
    }

    #[test]
    fn numbers_match_the_standard_library() {
        for text in [
            "0",
            "-0",
            "21.0285",
            "106.8211",
            "1732",
            "1e3",
            "2.5E-3",
            "0.1",
            "0.30000000000000004",
            "-123.456e7",
            "9007199254740993",
        ] {
            let want: f64 = text.parse().expect("std parses");
            assert_eq!(num(text), want, "{text}");
        }
    }

    #[test]
    fn long_numbers_are_close() {
        for text in [
            "123456789012345678901234",
            "1.2345678901234567890123",
            "1e-30",
        ] {
            let want: f64 = text.parse().expect("std parses");
            let got = num(text);
            assert!(
                ((got - want) / want).abs() < 1e-15,
                "{text}: {got} vs {want}"
            );
        }
    }

    #[test]
    fn real_data_numbers_are_read_exactly() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        let mut count = 0;
        for entry in std::fs::read_dir(dir).expect("public/data") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
            let mut stack = vec![parse(&text).expect("valid data")];
            while let Some(n) = stack.pop() {
                match n.value {
                    Value::Number(v) => {
                        let end = text[n.offset..]
                            .find([',', ']', '}', '\n', ' '])
                            .map_or(text.len(), |e| n.offset + e);
                        let want: f64 = text[n.offset..end].parse().expect("number");
                        assert_eq!(v, want, "{}", &text[n.offset..end]);
                        count += 1;
                    }
                    Value::Array(items) => stack.extend(items),
                    Value::Object(members) => stack.extend(members.into_iter().map(|m| m.1)),
                    _ => {}
                }
            }
        }
        assert!(count > 1000, "only {count} numbers");
    }

    #[test]
    fn syntax_errors_say_what_and_where() {
        let cases: [(&str, usize, &str); 16] = [
            ("", 0, "EOF while parsing a value"),
            ("[1,]", 3, "expected value"),
            ("[1 2]", 3, "expected `,` or `]`"),
            ("{\"a\":1 \"b\":2}", 7, "expected `,` or `}`"),
            ("{\"a\" 1}", 5, "expected `:`"),
            ("{1:2}", 1, "key must be a string"),
            ("\"abc", 4, "EOF while parsing a string"),
            ("\"a\nb\"", 2, "control character"),
            ("\"\\x\"", 2, "invalid escape"),
            ("01", 1, "invalid number"),
            ("1.", 2, "invalid number"),
            ("-", 1, "invalid number"),
            ("1e999", 0, "number out of range"),
            ("tru", 3, "EOF while parsing a value"),
            ("nul!", 3, "expected ident"),
            ("{} x", 3, "trailing characters"),
        ];
        for (text, offset, message) in cases {
            let e = err(text);
            assert_eq!(e.offset, offset, "{text:?}: {e:?}");
            assert!(e.message.contains(message), "{text:?}: {e:?}");
        }
        assert!(err("\"\\ud800\"").message.contains("hex escape"));
        assert!(err("\"\\udc00\"")
            .message
            .contains("lone trailing surrogate"));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowing() {
        let deep = "[".repeat(10_000);
        assert!(err(&deep).message.contains("recursion limit"));
        let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn line_and_column_count_characters_and_round_trip() {
        let text = "{\n  \"tên\": \"Yên\",\n  x\n}";
        let at = text.find('x').expect("x");
        assert_eq!(line_column(text, at), (3, 3));
        assert_eq!(offset_of(text, 3, 3), at);
        let e = err(text);
        assert_eq!(e.offset, at);
        let after = text.find("Yên").expect("Yên") + "Yên".len();
        let (line, column) = line_column(text, after);
        assert_eq!((line, column), (2, 14));
        assert_eq!(offset_of(text, line, column), after);
        assert_eq!(offset_of(text, 99, 1), text.len());
    }

    #[derive(Debug, PartialEq, Default)]
    struct Inner {
        n: u8,
        tags: Vec<String>,
    }
    from_json_struct!(Inner { n, tags: default });

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Colour {
        Red,
        DarkBlue,
    }
    impl Colour {
        const ALL: [Colour; 2] = [Colour::Red, Colour::DarkBlue];
        fn id(self) -> &'static str {
            match self {
                Colour::Red => "red",
                Colour::DarkBlue => "dark_blue",
            }
        }
    }
    from_json_enum!(Colour);

    #[derive(Debug, PartialEq)]
    struct Outer {
        name: String,
        colour: Colour,
        inner: Vec<Inner>,
        note: Option<String>,
        point: [f64; 2],
        year: Option<i32>,
    }
    from_json_struct!(Outer {
        name,
        colour,
        inner,
        note,
        point,
        year
    });

    #[test]
    fn structs_enums_options_and_defaults() {
        let o: Outer = from_str(
            r#"{"name": "Côn Sơn", "colour": "dark_blue", "inner": [{"n": 3}, {"n": 255, "tags": ["a"]}],
                "point": [106.4, 21.1], "year": null, "extra": {"ignored": true}}"#,
        )
        .expect("valid");
        assert_eq!(
            o,
            Outer {
                name: "Côn Sơn".into(),
                colour: Colour::DarkBlue,
                inner: vec![
                    Inner { n: 3, tags: vec![] },
                    Inner {
                        n: 255,
                        tags: vec!["a".into()]
                    }
                ],
                note: None,
                point: [106.4, 21.1],
                year: None,
            }
        );
    }

    #[test]
    fn shape_errors_name_the_problem_at_the_value() {
        let text = r#"{"name": "x", "colour": "green", "inner": [], "point": [1, 2]}"#;
        let e = from_str::<Outer>(text).expect_err("unknown variant");
        assert_eq!(e.offset, text.find("\"green\"").expect("green"));
        assert_eq!(
            e.message,
            "unknown variant `green`, expected one of `red`, `dark_blue`"
        );

        let text = r#"{"name": "x", "colour": "red", "inner": [{"n": "3"}], "point": [1, 2]}"#;
        let e = from_str::<Outer>(text).expect_err("wrong type");
        assert_eq!(e.offset, text.find("\"3\"").expect("3"));
        assert_eq!(e.message, "invalid type: string \"3\", expected u8");

        let text = r#"{"name": "x", "colour": "red", "inner": [{"n": 256}], "point": [1, 2]}"#;
        let e = from_str::<Outer>(text).expect_err("out of range");
        assert!(e
            .message
            .contains("invalid value: integer `256`, expected u8"));
        let e = from_str::<Inner>(r#"{"n": 1.5}"#).expect_err("fraction");
        assert_eq!(e.message, "invalid type: floating point, expected u8");

        let text = r#"{"name": "x", "inner": [], "point": [1, 2]}"#;
        let e = from_str::<Outer>(text).expect_err("missing");
        assert_eq!(
            (e.offset, e.message.as_str()),
            (1, "missing field `colour`")
        );

        let e = from_str::<Outer>(r#"{"name": "x", "name": "y"}"#).expect_err("dup");
        assert_eq!(e.message, "duplicate field `name`");

        let e = from_str::<Outer>(r#"{"name": "x", "colour": "red", "inner": [], "point": [1]}"#)
            .expect_err("length");
        assert!(e.message.contains("invalid length 1"));

        let e = from_str::<Outer>("[1]").expect_err("not an object");
        assert_eq!(e.message, "invalid type: sequence, expected struct Outer");
        let e = from_str::<Vec<Inner>>("{}").expect_err("not an array");
        assert_eq!(e.message, "invalid type: map, expected a sequence");
    }
}
