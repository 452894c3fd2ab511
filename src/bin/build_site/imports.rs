//! The main module's JavaScript imports renamed short. wasm-bindgen names every browser function
//! the module imports `__wbg_<name>_<hash>`, from a module named `./<crate>_bg.js`, and its script
//! hands the functions over under the same names: some 270 long names, written twice (in the
//! WebAssembly and in the script), whose hashes gzip cannot shrink. The build renames them `a`,
//! `b`, … in both files. Hand-written (with `wasmparser` and `wasm-encoder`): binaryen's
//! `--minify-imports` would also rename the imports of wasm-split's loader, which must keep theirs,
//! and cannot rewrite the script to match.

use crate::merge::rewrite_imports;
use crate::minify::integrity;
use regex::{Captures, Regex};
use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// The module name wasm-bindgen's imports come from ends so; the imports from wasm-split's loader
/// (`./__wasm_split.js`) keep their names.
const BINDGEN_SUFFIX: &str = "_bg.js";
/// Their module's new name.
const MODULE: &str = "w";

/// The `k`-th short name: `a` … `z`, `A` … `Z`, `aa`, `ab`, …
fn short_name(mut k: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[k % LETTERS.len()]);
        k /= LETTERS.len();
        if k == 0 {
            break;
        }
        k -= 1;
    }
    name.iter().rev().map(|&b| char::from(b)).collect()
}

/// What the renaming did: the new module `wasm`, wasm-bindgen's module name, and each import's
/// old name with its new one.
struct Renamed {
    wasm: Vec<u8>,
    module: String,
    names: HashMap<String, String>,
}

/// Renames wasm-bindgen's imports of `wasm`.
fn rename_imports(wasm: &[u8]) -> Result<Renamed, String> {
    let mut bindgen: Option<String> = None;
    let mut names = HashMap::new();
    let wasm = rewrite_imports(wasm, |from, name, _| {
        if !from.ends_with(BINDGEN_SUFFIX) {
            return Ok((from.to_string(), name.to_string()));
        }
        match &bindgen {
            Some(m) if m != from => return Err(format!("imports from {m} and {from}")),
            Some(_) => {}
            None => bindgen = Some(from.to_string()),
        }
        let new = short_name(names.len());
        if names.insert(name.to_string(), new.clone()).is_some() {
            return Err(format!("{name} is imported twice"));
        }
        Ok((MODULE.to_string(), new))
    })?;
    let module = bindgen.ok_or("no imports from wasm-bindgen's script")?;
    Ok(Renamed {
        wasm,
        module,
        names,
    })
}

/// The script with each renamed import's key (`name: function…` in the object it gives the
/// module) and the module's key renamed. Each must be found exactly once.
fn rename_keys(js: &str, renamed: &Renamed) -> Result<String, String> {
    let key = Regex::new(r"([{,]\s*)([A-Za-z_$][\w$]*)(\s*:)").map_err(|e| e.to_string())?;
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let js = key.replace_all(js, |c: &Captures| match renamed.names.get(&c[2]) {
        Some(new) => {
            *seen.entry(new.as_str()).or_default() += 1;
            format!("{}{new}{}", &c[1], &c[3])
        }
        None => c[0].to_string(),
    });
    for (old, new) in &renamed.names {
        let n = seen.get(new.as_str()).copied().unwrap_or(0);
        if n != 1 {
            return Err(format!("the script gives {old} {n} times, not once"));
        }
    }
    let module_key = format!("\"{}\":", renamed.module);
    if js.matches(&module_key).count() != 1 {
        return Err(format!(
            "the script names {} other than once",
            renamed.module
        ));
    }
    Ok(js.replacen(&module_key, &format!("{MODULE}:"), 1))
}

/// Renames the imports of the app's main module (`stage/<script>` with its `_bg.wasm`) in both
/// files, and returns `html` with the script's new integrity.
pub fn shorten(stage: &Path, script: &str, html: &str) -> Result<String, String> {
    let js_path = stage.join(script);
    let wasm_path = stage.join(script.replace(".js", "_bg.wasm"));
    let read = |p: &Path| fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let wasm = read(&wasm_path)?;
    let js_bytes = read(&js_path)?;
    let js = String::from_utf8(js_bytes.clone()).map_err(|e| format!("{script}: {e}"))?;
    let renamed = rename_imports(&wasm)?;
    let new_js = rename_keys(&js, &renamed)?;
    let old_integrity = integrity(&js_bytes);
    if !html.contains(&old_integrity) {
        return Err(format!("index.html has no integrity for {script}"));
    }
    let write =
        |p: &Path, data: &[u8]| fs::write(p, data).map_err(|e| format!("{}: {e}", p.display()));
    write(&wasm_path, &renamed.wasm)?;
    write(&js_path, new_js.as_bytes())?;
    println!(
        "build_site: {} imports of the main module renamed short",
        renamed.names.len()
    );
    Ok(html.replace(&old_integrity, &integrity(new_js.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::tests::imports_of;
    use wasm_encoder::{EntityType, ImportSection, Module, TypeSection};
    use wasmparser::Parser;

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(names[0], "a");
        assert_eq!(names[51], "Z");
        assert_eq!(names[52], "aa");
        let distinct: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert!(names
            .iter()
            .all(|n| n.chars().all(|c| c.is_ascii_alphabetic())));
    }

    /// A module importing two functions from wasm-bindgen's script and one from the loader.
    fn module() -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut imports = ImportSection::new();
        imports.import(
            "./app_bg.js",
            "__wbg_focus_d5e2fdbd",
            EntityType::Function(0),
        );
        imports.import(
            "./__wasm_split.js",
            "__wasm_split_load_x",
            EntityType::Function(0),
        );
        imports.import("./app_bg.js", "__wbindgen_init", EntityType::Function(0));
        let mut m = Module::new();
        m.section(&types).section(&imports);
        m.finish()
    }

    #[test]
    fn only_wasm_bindgens_imports_are_renamed() {
        let renamed = rename_imports(&module()).unwrap();
        for payload in Parser::new(0).parse_all(&renamed.wasm) {
            payload.unwrap();
        }
        assert_eq!(renamed.module, "./app_bg.js");
        assert_eq!(
            imports_of(&renamed.wasm),
            [
                ("w".to_string(), "a".to_string()),
                (
                    "./__wasm_split.js".to_string(),
                    "__wasm_split_load_x".to_string()
                ),
                ("w".to_string(), "b".to_string()),
            ]
        );
    }

    #[test]
    fn the_script_gives_the_functions_under_their_new_names() {
        let renamed = rename_imports(&module()).unwrap();
        // As wasm-bindgen writes it, and as terser leaves it.
        let plain = "const i = {\n  __proto__: null,\n  __wbg_focus_d5e2fdbd: function(a) { a.focus() },\n  __wbindgen_init: function() {},\n};\nreturn { __proto__: null, \"./app_bg.js\": i, \"./__wasm_split.js\": s };";
        let min = "const i={__proto__:null,__wbg_focus_d5e2fdbd:function(a){a.focus()},__wbindgen_init:function(){}};return{__proto__:null,\"./app_bg.js\":i,\"./__wasm_split.js\":s}";
        let out = rename_keys(plain, &renamed).unwrap();
        assert!(
            out.contains("  a: function(a) { a.focus() },\n  b: function() {}"),
            "{out}"
        );
        assert!(out.contains("w: i, \"./__wasm_split.js\": s"), "{out}");
        let out = rename_keys(min, &renamed).unwrap();
        assert_eq!(
            out,
            "const i={__proto__:null,a:function(a){a.focus()},b:function(){}};return{__proto__:null,w:i,\"./__wasm_split.js\":s}"
        );
    }

    #[test]
    fn a_function_the_script_does_not_give_stops_the_build() {
        let renamed = rename_imports(&module()).unwrap();
        let js = "const i={__wbg_focus_d5e2fdbd:function(){}};return{\"./app_bg.js\":i}";
        let err = rename_keys(js, &renamed).unwrap_err();
        assert!(err.contains("__wbindgen_init 0 times"), "{err}");
    }
}
