//! One WebAssembly module per page bundle. wasm-split cuts the app into many small modules (a
//! page's own, and one for each set of pages that share some code); landing on a page used to
//! instantiate a hundred of them, one compile and one instantiation each, in the task that
//! starts the app. Their modules share nothing but their imports (the main module's memory, its
//! function table and a global) and each fills its own slots of that table, so the build joins a
//! bundle's modules into one with binaryen's `wasm-merge`.
//!
//! `wasm-merge` connects one module's imports to another's exports but keeps two imports of the
//! same memory as two memories, so every module is first rewritten (with `wasmparser` and
//! `wasm-encoder`) to import from a small hub module, which imports each item once from
//! wasm-split's `__wasm_split` and exports it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{EntityType, ExportKind, ExportSection, ImportSection, Module, RawSection};
use wasmparser::{Parser, Payload};

/// The module every merged module imports from, as wasm-split's loader provides it.
const SHARED: &str = "__wasm_split";
/// The hub's name inside the merge.
const HUB: &str = "yentu_hub";

/// `wasm` with each import's module and name replaced by what `rename` gives for them (it is
/// also given the import's type), every other section copied as it is.
pub fn rewrite_imports(
    wasm: &[u8],
    mut rename: impl FnMut(&str, &str, EntityType) -> Result<(String, String), String>,
) -> Result<Vec<u8>, String> {
    let mut module = Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| e.to_string())?;
        if let Payload::ImportSection(reader) = payload {
            let mut section = ImportSection::new();
            for import in reader.into_imports() {
                let import = import.map_err(|e| e.to_string())?;
                let ty = RoundtripReencoder
                    .entity_type(import.ty)
                    .map_err(|e| e.to_string())?;
                let (from, name) = rename(import.module, import.name, ty)?;
                section.import(&from, &name, ty);
            }
            module.section(&section);
        } else if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection {
                id,
                data: &wasm[range],
            });
        }
    }
    Ok(module.finish())
}

/// Rewrites one module to import from [`HUB`] instead of [`SHARED`]; records each import's type
/// in `imports` (the same name must have the same type in every module).
fn reroute(wasm: &[u8], imports: &mut BTreeMap<String, EntityType>) -> Result<Vec<u8>, String> {
    rewrite_imports(wasm, |from, name, ty| {
        if from != SHARED {
            return Err(format!("an import from {from:?}"));
        }
        match imports.get(name) {
            Some(seen) if *seen != ty => return Err(format!("{name} is imported with two types")),
            Some(_) => {}
            None => {
                imports.insert(name.to_string(), ty);
            }
        }
        Ok((HUB.to_string(), name.to_string()))
    })
}

/// The hub: imports each item once from [`SHARED`] and exports it under the same name.
fn hub(imports: &BTreeMap<String, EntityType>) -> Result<Vec<u8>, String> {
    let mut section = ImportSection::new();
    let mut exports = ExportSection::new();
    let (mut functions, mut tables, mut memories, mut globals) = (0, 0, 0, 0);
    for (name, ty) in imports {
        section.import(SHARED, name, *ty);
        let (kind, index) = match ty {
            EntityType::Function(_) => (ExportKind::Func, &mut functions),
            EntityType::Table(_) => (ExportKind::Table, &mut tables),
            EntityType::Memory(_) => (ExportKind::Memory, &mut memories),
            EntityType::Global(_) => (ExportKind::Global, &mut globals),
            _ => {
                return Err(format!(
                    "{name}: an import of a kind the build does not merge"
                ))
            }
        };
        exports.export(name, kind, *index);
        *index += 1;
    }
    if functions > 0 {
        // A function import needs its type in a type section: none of wasm-split's modules has one.
        return Err("a module imports a function from the main module".into());
    }
    let mut module = Module::new();
    module.section(&section).section(&exports);
    Ok(module.finish())
}

/// Merges `modules` (name, bytes) into one module with binaryen's `wasm-merge`, in `work` (a
/// folder of the caller's), with wasm-opt's arguments `opt_args` (their `--enable-…` features
/// apply); returns the merged file's path. The result imports from [`SHARED`] what they imported.
pub fn merge(
    modules: &[(&str, &[u8])],
    work: &Path,
    opt_args: &[String],
) -> Result<PathBuf, String> {
    fs::create_dir_all(work).map_err(|e| format!("{}: {e}", work.display()))?;
    let mut imports = BTreeMap::new();
    let mut args = Vec::new();
    for (name, wasm) in modules {
        let rerouted = reroute(wasm, &mut imports).map_err(|e| format!("{name}: {e}"))?;
        let path = work.join(format!("{name}.wasm"));
        fs::write(&path, rerouted).map_err(|e| format!("{}: {e}", path.display()))?;
        args.push(path.display().to_string());
        args.push(name.to_string());
    }
    let hub_path = work.join(format!("{HUB}.wasm"));
    fs::write(&hub_path, hub(&imports)?).map_err(|e| format!("{}: {e}", hub_path.display()))?;
    let out = work.join("merged.wasm");
    let status = Command::new("wasm-merge")
        .arg(&hub_path)
        .arg(HUB)
        .args(&args)
        .args(opt_args.iter().filter(|a| a.starts_with("--enable-")))
        .arg("-o")
        .arg(&out)
        .status()
        .map_err(|e| format!("wasm-merge (scripts/setup.sh installs it with wasm-opt): {e}"))?;
    if !status.success() {
        return Err(format!("wasm-merge failed in {}: {status}", work.display()));
    }
    Ok(out)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use wasm_encoder::{
        CodeSection, ConstExpr, ElementSection, Elements, Function, FunctionSection, Instruction,
        MemoryType, RefType, TableType, TypeSection,
    };

    /// A module as wasm-split writes one: it imports the memory and the table, and puts
    /// `count` functions returning `value` into the table from `slot` on.
    pub fn part(slot: i32, value: i32) -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], [wasm_encoder::ValType::I32]);
        let mut imports = ImportSection::new();
        imports.import(
            SHARED,
            "memory",
            MemoryType {
                minimum: 1,
                maximum: None,
                memory64: false,
                shared: false,
                page_size_log2: None,
            },
        );
        imports.import(
            SHARED,
            "__indirect_function_table",
            TableType {
                element_type: RefType::FUNCREF,
                minimum: 8,
                maximum: None,
                table64: false,
                shared: false,
            },
        );
        let mut functions = FunctionSection::new();
        functions.function(0);
        let mut elements = ElementSection::new();
        elements.active(
            Some(0),
            &ConstExpr::i32_const(slot),
            Elements::Functions([0].as_slice().into()),
        );
        let mut code = CodeSection::new();
        let mut f = Function::new([]);
        f.instruction(&Instruction::I32Const(value))
            .instruction(&Instruction::End);
        code.function(&f);
        let mut module = Module::new();
        module
            .section(&types)
            .section(&imports)
            .section(&functions)
            .section(&elements)
            .section(&code);
        module.finish()
    }

    /// The first table slot of each active element segment.
    pub fn table_slots(wasm: &[u8]) -> Vec<i32> {
        let mut out = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Ok(Payload::ElementSection(reader)) = payload {
                for e in reader.into_iter().flatten() {
                    if let wasmparser::ElementKind::Active { offset_expr, .. } = e.kind {
                        if let Some(Ok(wasmparser::Operator::I32Const { value })) =
                            offset_expr.get_operators_reader().into_iter().next()
                        {
                            out.push(value);
                        }
                    }
                }
            }
        }
        out.sort();
        out
    }

    pub fn imports_of(wasm: &[u8]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Ok(Payload::ImportSection(reader)) = payload {
                for i in reader.into_imports().flatten() {
                    out.push((i.module.to_string(), i.name.to_string()));
                }
            }
        }
        out
    }

    #[test]
    fn imports_are_rerouted_to_the_hub_and_the_hub_imports_each_once() {
        let mut seen = BTreeMap::new();
        let a = reroute(&part(1, 10), &mut seen).unwrap();
        let b = reroute(&part(2, 20), &mut seen).unwrap();
        for m in [&a, &b] {
            assert_eq!(
                imports_of(m),
                [
                    (HUB.to_string(), "memory".to_string()),
                    (HUB.to_string(), "__indirect_function_table".to_string())
                ]
            );
        }
        assert_eq!(seen.len(), 2);
        let hub = hub(&seen).unwrap();
        assert_eq!(
            imports_of(&hub),
            [
                (SHARED.to_string(), "__indirect_function_table".to_string()),
                (SHARED.to_string(), "memory".to_string())
            ]
        );
        // Everything but the import section is kept byte for byte.
        assert_eq!(
            a.len(),
            part(1, 10).len() - SHARED.len() * 2 + HUB.len() * 2
        );
    }

    #[test]
    fn an_import_from_elsewhere_or_with_another_type_is_refused() {
        let mut seen = BTreeMap::new();
        reroute(&part(1, 10), &mut seen).unwrap();
        seen.insert(
            "memory".to_string(),
            EntityType::Memory(MemoryType {
                minimum: 2,
                maximum: None,
                memory64: false,
                shared: false,
                page_size_log2: None,
            }),
        );
        assert!(reroute(&part(2, 20), &mut seen).is_err());
        let renamed = part(1, 10)
            .windows(SHARED.len())
            .position(|w| w == SHARED.as_bytes())
            .map(|at| {
                let mut m = part(1, 10);
                m[at..at + SHARED.len()].copy_from_slice(b"__elsewhere_");
                m
            })
            .unwrap();
        assert!(reroute(&renamed, &mut BTreeMap::new()).is_err());
    }
}
