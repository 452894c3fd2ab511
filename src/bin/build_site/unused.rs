//! The JavaScript classes wasm-bindgen writes for code the app links but never calls, removed
//! with the main module's exports behind them. wasm-bindgen exports every `#[wasm_bindgen]` item
//! of every linked crate: Leptos always links its server functions' browser side, and with it
//! wasm-streams, whose three classes (`IntoUnderlyingSource`, …) a static site never uses. The
//! app's own script exports nothing but its start-up (`init`), so every class the script exports
//! goes, with the exports of the module that only that class calls; the module is then optimised
//! again (with `index.html`'s wasm-opt settings), which drops the code they alone reached.
//! Hand-written: wasm-bindgen has no option to leave a crate's exports out.

use crate::minify::integrity;
use regex::Regex;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use wasm_encoder::{ExportKind, ExportSection, Module, RawSection};
use wasmparser::{ExternalKind, Parser, Payload};

/// What was removed: the classes, and the module's exports they called.
#[derive(Debug, PartialEq)]
struct Dropped {
    classes: Vec<String>,
    exports: BTreeSet<String>,
}

/// `js` (wasm-bindgen's script, before minifying) without its exported classes, and what went.
/// Each class's block, the line that gives it `Symbol.dispose` and its `FinalizationRegistry`
/// must each be found exactly once; the exports are the module's functions the class named
/// (`wasm.<class>_…`, `wasm.__wbg_<class>_free`), which nothing left in the script may name.
fn drop_classes(js: &str) -> Result<(String, Dropped), String> {
    let class = Regex::new(r"(?m)^export class (\w+) \{$").map_err(|e| e.to_string())?;
    let classes: Vec<String> = class.captures_iter(js).map(|c| c[1].to_string()).collect();
    let mut out = js.to_string();
    let mut exports = BTreeSet::new();
    for name in &classes {
        let lower = name.to_lowercase();
        let patterns = [
            // The class, to the first closing brace at the start of a line.
            format!(r"(?ms)^export class {name} \{{$.*?^\}}\n"),
            format!(
                r"(?m)^if \(Symbol\.dispose\) {name}\.prototype\[Symbol\.dispose\] = {name}\.prototype\.free;\n"
            ),
            format!(
                r"(?m)^const {name}Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n.*\n.*new FinalizationRegistry\(.*\);\n"
            ),
        ];
        for pattern in patterns {
            let re = Regex::new(&pattern).map_err(|e| e.to_string())?;
            let found: Vec<_> = re.find_iter(&out).map(|m| m.range()).collect();
            let [range] = found.as_slice() else {
                return Err(format!(
                    "{name}: {} matches of {pattern:?}, not one",
                    found.len()
                ));
            };
            let removed = out[range.clone()].to_string();
            let called = Regex::new(&format!(r"\bwasm\.((?:__wbg_)?{lower}_\w+)"))
                .map_err(|e| e.to_string())?;
            exports.extend(called.captures_iter(&removed).map(|c| c[1].to_string()));
            out.replace_range(range.clone(), "");
        }
    }
    for export in &exports {
        if out.contains(&format!("wasm.{export}")) {
            return Err(format!("the script still calls {export}"));
        }
    }
    Ok((out, Dropped { classes, exports }))
}

/// `js` without the functions of its import object (`        name: function…`, as wasm-bindgen
/// lays it out) that the module no longer imports (`imported`: the names it imports from the
/// script); and how many went. Each import must keep its function.
fn drop_unimported(js: &str, imported: &BTreeSet<String>) -> Result<(String, usize), String> {
    let entry =
        Regex::new(r"(?ms)^        ((?:__wbg_|__wbindgen_)\w+): function\b.*?^        \}(?:, arguments\); \})?,\n")
            .map_err(|e| e.to_string())?;
    let mut given = BTreeSet::new();
    let mut dropped = 0;
    let out = entry.replace_all(js, |c: &regex::Captures| {
        if imported.contains(&c[1]) {
            given.insert(c[1].to_string());
            c[0].to_string()
        } else {
            dropped += 1;
            String::new()
        }
    });
    if let Some(missing) = imported.difference(&given).next() {
        return Err(format!("the script gives no function {missing}"));
    }
    Ok((out.into_owned(), dropped))
}

/// The names `wasm` imports from wasm-bindgen's script (`./<crate>_bg.js`).
fn bindgen_imports(wasm: &[u8]) -> Result<BTreeSet<String>, String> {
    let mut names = BTreeSet::new();
    for payload in Parser::new(0).parse_all(wasm) {
        if let Payload::ImportSection(reader) = payload.map_err(|e| e.to_string())? {
            for import in reader.into_imports() {
                let import = import.map_err(|e| e.to_string())?;
                if import.module.ends_with("_bg.js") {
                    names.insert(import.name.to_string());
                }
            }
        }
    }
    Ok(names)
}

/// `wasm` without the exports named in `names` (each must be there).
fn drop_exports(wasm: &[u8], names: &BTreeSet<String>) -> Result<Vec<u8>, String> {
    let mut module = Module::new();
    let mut gone = BTreeSet::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| e.to_string())?;
        if let Payload::ExportSection(reader) = payload {
            let mut section = ExportSection::new();
            for export in reader {
                let export = export.map_err(|e| e.to_string())?;
                if names.contains(export.name) {
                    gone.insert(export.name.to_string());
                    continue;
                }
                let kind = match export.kind {
                    ExternalKind::Func | ExternalKind::FuncExact => ExportKind::Func,
                    ExternalKind::Table => ExportKind::Table,
                    ExternalKind::Memory => ExportKind::Memory,
                    ExternalKind::Global => ExportKind::Global,
                    ExternalKind::Tag => ExportKind::Tag,
                };
                section.export(export.name, kind, export.index);
            }
            module.section(&section);
        } else if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection {
                id,
                data: &wasm[range],
            });
        }
    }
    if let Some(missing) = names.difference(&gone).next() {
        return Err(format!("the module does not export {missing}"));
    }
    Ok(module.finish())
}

/// Drops the classes of the app's script (`stage/<script>`, not yet minified) and the exports of
/// its `_bg.wasm` they called, optimises the module again, and returns `html` with the script's
/// new integrity.
pub fn drop_unused(stage: &Path, root: &Path, script: &str, html: &str) -> Result<String, String> {
    let js_path = stage.join(script);
    let wasm_path = stage.join(script.replace(".js", "_bg.wasm"));
    let read = |p: &Path| fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let js_bytes = read(&js_path)?;
    let js = String::from_utf8(js_bytes.clone()).map_err(|e| format!("{script}: {e}"))?;
    let (new_js, dropped) = drop_classes(&js)?;
    if dropped.classes.is_empty() {
        return Ok(html.to_string());
    }
    let old_integrity = integrity(&js_bytes);
    if !html.contains(&old_integrity) {
        return Err(format!("index.html has no integrity for {script}"));
    }
    let wasm = drop_exports(&read(&wasm_path)?, &dropped.exports)?;
    let write =
        |p: &Path, data: &[u8]| fs::write(p, data).map_err(|e| format!("{}: {e}", p.display()));
    write(&wasm_path, &wasm)?;
    let optimised = crate::chunks::optimise(&wasm_path, &crate::chunks::wasm_opt_args(root)?)?;
    write(&wasm_path, &optimised)?;
    // The browser functions only that code called are no longer imported either.
    let (new_js, functions) = drop_unimported(&new_js, &bindgen_imports(&optimised)?)?;
    write(&js_path, new_js.as_bytes())?;
    println!(
        "build_site: {} unused classes dropped from the app's script ({}), with {} exports of the \
         main module and {} browser functions it no longer imports",
        dropped.classes.len(),
        dropped.classes.join(", "),
        dropped.exports.len(),
        functions
    );
    Ok(html.replace(&old_integrity, &integrity(new_js.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CodeSection, Function, FunctionSection, Instruction, TypeSection};

    /// As wasm-bindgen 0.2 writes a class, with another export the script keeps.
    const SCRIPT: &str = "let wasm;\n\nexport class IntoUnderlyingSink {\n    __destroy_into_raw() {\n        const ptr = this.__wbg_ptr;\n        IntoUnderlyingSinkFinalization.unregister(this);\n        return ptr;\n    }\n    /**\n     * @param {any} chunk\n     */\n    write(chunk) {\n        const ret = wasm.intounderlyingsink_write(this.__wbg_ptr, chunk);\n        return ret;\n    }\n}\nif (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;\n\nfunction start() { wasm.main(); }\nconst IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')\n    ? { register: () => {}, unregister: () => {} }\n    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));\n\nexport { start as default };\n";

    #[test]
    fn exported_classes_go_with_the_exports_they_call() {
        let (js, dropped) = drop_classes(SCRIPT).unwrap();
        assert_eq!(dropped.classes, ["IntoUnderlyingSink"]);
        assert_eq!(
            dropped.exports,
            BTreeSet::from([
                "__wbg_intounderlyingsink_free".to_string(),
                "intounderlyingsink_write".to_string()
            ])
        );
        assert_eq!(
            js,
            "let wasm;\n\n\nfunction start() { wasm.main(); }\n\nexport { start as default };\n"
        );
        // A script without classes is left as it is.
        assert_eq!(drop_classes(&js).unwrap().0, js);
    }

    #[test]
    fn a_class_laid_out_otherwise_or_still_called_stops_the_build() {
        let no_registry = SCRIPT.replace("new FinalizationRegistry", "new Registry");
        assert!(drop_classes(&no_registry).is_err());
        let still_called = SCRIPT.replace("wasm.main()", "wasm.intounderlyingsink_write(0)");
        let err = drop_classes(&still_called).unwrap_err();
        assert!(
            err.contains("still calls intounderlyingsink_write"),
            "{err}"
        );
    }

    #[test]
    fn functions_no_longer_imported_leave_the_script() {
        let js = "    const import0 = {\n        __proto__: null,\n        __wbg_close_294d: function() { return handleError(function (arg0) {\n            arg0.close();\n        }, arguments); },\n        __wbg_focus_d5e2: function(arg0) {\n            arg0.focus();\n        },\n        __wbg_byobRequest_1828: function(arg0) {\n            const ret = arg0.byobRequest;\n            return ret;\n        },\n    };\n";
        let imported = BTreeSet::from(["__wbg_focus_d5e2".to_string()]);
        let (out, n) = drop_unimported(js, &imported).unwrap();
        assert_eq!(n, 2);
        assert_eq!(out, "    const import0 = {\n        __proto__: null,\n        __wbg_focus_d5e2: function(arg0) {\n            arg0.focus();\n        },\n    };\n");
        let missing = BTreeSet::from(["__wbg_blur_0000".to_string()]);
        assert!(drop_unimported(js, &missing).is_err());
    }

    /// A module exporting three functions.
    fn module() -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut functions = FunctionSection::new();
        let mut code = CodeSection::new();
        let mut exports = ExportSection::new();
        for (i, name) in [
            "main",
            "intounderlyingsink_write",
            "__wbg_intounderlyingsink_free",
        ]
        .iter()
        .enumerate()
        {
            functions.function(0);
            let mut f = Function::new([]);
            f.instruction(&Instruction::End);
            code.function(&f);
            exports.export(name, ExportKind::Func, i as u32);
        }
        let mut m = Module::new();
        m.section(&types)
            .section(&functions)
            .section(&exports)
            .section(&code);
        m.finish()
    }

    fn exports_of(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ExportSection(reader) = payload.unwrap() {
                names.extend(reader.into_iter().map(|e| e.unwrap().name.to_string()));
            }
        }
        names
    }

    #[test]
    fn only_the_named_exports_are_dropped() {
        let (_, dropped) = drop_classes(SCRIPT).unwrap();
        let wasm = drop_exports(&module(), &dropped.exports).unwrap();
        assert_eq!(exports_of(&wasm), ["main"]);
        for payload in Parser::new(0).parse_all(&wasm) {
            payload.unwrap();
        }
        // An export the module does not have is an error, not a silent success.
        let unknown = BTreeSet::from(["nowhere".to_string()]);
        assert!(drop_exports(&module(), &unknown).is_err());
    }
}
