//! Query-string encoding and decoding (UTF-8, percent-encoding), without a browser.

/// Percent-encodes a query component: unreserved characters stay, everything else (including
/// every byte of a multi-byte UTF-8 character) becomes `%XX`.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes a query component: `+` is a space, `%XX` a byte; malformed escapes are kept as they
/// are and invalid UTF-8 is replaced, never a panic.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
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

/// Parses a query string (with or without the leading `?`) into decoded pairs, skipping empty
/// segments.
pub fn decode_pairs(s: &str) -> Vec<(String, String)> {
    s.trim_start_matches('?')
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
