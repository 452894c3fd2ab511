//! A serde [`Deserializer`] adapter that reads every record (a `#[derive(Deserialize)]` struct)
//! from a JSON object only.
//!
//! serde_json's reader also accepts a record written as an array of its fields in order
//! (`["s1", "Title"]` for `{"id": "s1", "title": "Title"}`). Our files never use that form, but
//! supporting it compiles a second reader (the derive's `visit_seq`) into the browser's code for
//! every record type; bench/decisions.md has the measurement. No serde or serde_json option turns
//! it off, hence this adapter: it asks for a map (`deserialize_map`) where the record asks for a
//! struct, and passes itself on to every value inside, so that nested records are read the same
//! way. Everything else goes straight to the wrapped deserializer.
//!
//! Leaving a path unwrapped is never wrong, only bigger: enums, for example, go through as they
//! are (ours are read from strings, [`crate::domain::model`]).

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// The adapter: `T::deserialize(Objects(&mut serde_json_deserializer))`.
pub struct Objects<D>(pub D);

/// A visitor, seed or access of the wrapped deserializer, wrapped in turn so that what it hands
/// on is an [`Objects`] again.
pub struct Wrap<T>(T);

/// Deserializer methods whose visitor can receive nothing nested: passed through as they are.
macro_rules! pass {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(visitor)
        }
    )*};
}

/// Deserializer methods whose visitor can receive a nested deserializer or access: wrapped.
macro_rules! wrap {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(Wrap(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Objects<D> {
    type Error = D::Error;

    pass! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_str
        deserialize_string deserialize_bytes deserialize_byte_buf deserialize_unit
        deserialize_identifier deserialize_ignored_any
    }

    wrap! { deserialize_any deserialize_option deserialize_seq deserialize_map }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Wrap(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Wrap(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrap(visitor))
    }

    /// The one change: a record is read from an object, never from an array.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(Wrap(visitor))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Visitor methods that receive a plain value: forwarded.
macro_rules! visit {
    ($($method:ident: $ty:ty)*) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.0.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    visit! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str
        visit_borrowed_str: &'de str visit_string: String visit_bytes: &[u8]
        visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Objects(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Objects(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Wrap(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Wrap(map))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(data)
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Wrap<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Objects(d))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Wrap(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        // Keys are strings: nothing nested to wrap.
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Wrap(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        id: String,
        n: Option<u32>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Outer {
        inner: Inner,
        list: Vec<Inner>,
        maybe: Option<Inner>,
        pair: (u8, String),
    }

    fn read<T: de::DeserializeOwned>(json: &str) -> Result<T, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(json);
        let value = T::deserialize(Objects(&mut de))?;
        de.end()?;
        Ok(value)
    }

    #[test]
    fn reads_records_from_objects_at_every_depth() {
        let json = r#"{"inner": {"id": "a", "n": 1}, "list": [{"id": "b", "n": null}],
                       "maybe": {"id": "c"}, "pair": [7, "x"]}"#;
        let outer: Outer = read(json).unwrap();
        assert_eq!(
            outer.inner,
            Inner {
                id: "a".into(),
                n: Some(1)
            }
        );
        assert_eq!(
            outer.list,
            vec![Inner {
                id: "b".into(),
                n: None
            }]
        );
        assert_eq!(
            outer.maybe,
            Some(Inner {
                id: "c".into(),
                n: None
            })
        );
        assert_eq!(outer.pair, (7, "x".to_string()));
    }

    #[test]
    fn refuses_a_record_written_as_an_array_at_any_depth() {
        // serde_json alone accepts both.
        assert!(serde_json::from_str::<Inner>(r#"["a", 1]"#).is_ok());
        let top = read::<Inner>(r#"["a", 1]"#).unwrap_err();
        assert!(
            top.to_string()
                .starts_with("invalid type: sequence, expected struct Inner"),
            "{top}"
        );
        let nested = r#"{"inner": ["a", 1], "list": [], "maybe": null, "pair": [1, "y"]}"#;
        let err = read::<Outer>(nested).unwrap_err();
        assert!(err.to_string().contains("expected struct Inner"), "{err}");
        assert_eq!(err.line(), 1);
        let in_list =
            r#"{"inner": {"id": "a"}, "list": [["b", 2]], "maybe": null, "pair": [1, "y"]}"#;
        assert!(read::<Outer>(in_list).is_err());
        let in_option =
            r#"{"inner": {"id": "a"}, "list": [], "maybe": ["c", 3], "pair": [1, "y"]}"#;
        assert!(read::<Outer>(in_option).is_err());
    }
}
