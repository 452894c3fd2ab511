//! Query-string encoding and decoding (UTF-8, percent-encoding), without a browser.

/// Percent-encodes a query component as UTF-8: ASCII letters, digits, `-_.~` and the
/// separators `,` `:` stay; every other byte (each byte of a multi-byte character) becomes `%XX`.
pub fn encode_component(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',' | b':') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// The value of one hexadecimal digit.
fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes a query component: `+` is a space, `%XX` a byte; a malformed `%` stays as it is and
/// invalid UTF-8 becomes U+FFFD. Never panics.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex_value);
                let lo = bytes.get(i + 2).copied().and_then(hex_value);
                if let (Some(h), Some(l)) = (hi, lo) {
                    out.push(h << 4 | l);
                    i += 3;
                } else {
                    out.push(b'%');
                    i += 1;
                }
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Builds `?k=v&k2=v2` from pairs (empty string for no pairs).
pub fn encode_pairs(pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect();
    format!("?{}", body.join("&"))
}

/// Splits a query string (leading `?` optional, anything after `#` ignored) into decoded pairs;
/// a key without `=` gets an empty value; empty segments are skipped. Never panics.
pub fn decode_pairs(s: &str) -> Vec<(String, String)> {
    let s = s.strip_prefix('?').unwrap_or(s);
    s.split('#')
        .next()
        .unwrap_or("")
        .split('&')
        .filter(|seg| !seg.is_empty())
        .map(|seg| match seg.split_once('=') {
            Some((k, v)) => (decode_component(k), decode_component(v)),
            None => (decode_component(seg), String::new()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_vietnamese_and_reserved() {
        let pairs = vec![
            ("q".to_string(), "Côn Sơn & Kiếp Bạc=1".to_string()),
            ("kind".to_string(), "pagoda,cave".to_string()),
        ];
        let s = encode_pairs(&pairs);
        assert!(s.starts_with("?q="));
        assert!(!s[1..].contains(' '));
        assert_eq!(decode_pairs(&s), pairs);
    }

    #[test]
    fn malformed_escapes_do_not_panic() {
        assert_eq!(decode_component("%"), "%");
        assert_eq!(decode_component("a%2"), "a%2");
        assert_eq!(decode_component("%zz"), "%zz");
        assert_eq!(decode_component("%C3"), "\u{FFFD}");
        assert_eq!(decode_component("a+b"), "a b");
    }
}
