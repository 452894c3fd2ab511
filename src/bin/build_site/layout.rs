//! The functions of a finished module laid out for compression: ordered by size (in steps of
//! [`SIZE_STEP`] bytes), then signature, then code, so that the many near-identical copies of
//! one generic function the Rust compiler writes sit side by side, within reach of gzip's 32 KB
//! window. The code is unchanged: binaryen (`wasm-opt --reorder-functions-by-name`) moves the
//! functions and renumbers every call, export and table entry; this file only gives each
//! function a name that sorts in the wanted order, and the names are stripped again. binaryen
//! has no order of this kind of its own. The sizes it saves are in bench/decisions.md.

use std::fs;
use std::path::Path;
use std::process::Command;

use wasm_encoder::{Module, NameMap, NameSection, RawSection};
use wasmparser::{Parser, Payload, TypeRef};

/// Function bodies whose sizes differ by less than this count as the same size.
const SIZE_STEP: usize = 16;

/// `wasm` with a name section whose function names sort in the wanted order (any name section
/// it had is left out).
fn named_in_order(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let err = |e: wasmparser::BinaryReaderError| e.to_string();
    let mut imported = 0u32;
    let mut types = Vec::new();
    let mut bodies: Vec<&[u8]> = Vec::new();
    let mut module = Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(err)?;
        match &payload {
            Payload::ImportSection(reader) => {
                for import in reader.clone().into_imports() {
                    if matches!(
                        import.map_err(err)?.ty,
                        TypeRef::Func(_) | TypeRef::FuncExact(_)
                    ) {
                        imported += 1;
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for ty in reader.clone() {
                    types.push(ty.map_err(err)?);
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(&wasm[body.range()]),
            Payload::CustomSection(c) if c.name() == "name" => continue,
            _ => {}
        }
        if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection {
                id,
                data: &wasm[range],
            });
        }
    }
    if types.len() != bodies.len() {
        return Err(format!(
            "{} functions declared, {} bodies",
            types.len(),
            bodies.len()
        ));
    }
    let mut order: Vec<usize> = (0..bodies.len()).collect();
    order.sort_by_key(|&k| (bodies[k].len() / SIZE_STEP, types[k], bodies[k]));
    let mut ranks = vec![0; bodies.len()];
    for (rank, &k) in order.iter().enumerate() {
        ranks[k] = rank;
    }
    let mut functions = NameMap::new();
    for (k, rank) in ranks.iter().enumerate() {
        functions.append(imported + k as u32, &format!("f{rank:08}"));
    }
    let mut names = NameSection::new();
    names.functions(&functions);
    module.section(&names);
    Ok(module.finish())
}

/// The module at `path` with its functions laid out for compression; `features` are wasm-opt's
/// `--enable-…` arguments for it. Keeps `path` as it was if binaryen fails.
pub fn for_compression(path: &Path, features: &[String]) -> Result<Vec<u8>, String> {
    let wasm = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let named = path.with_extension("named.tmp");
    fs::write(
        &named,
        named_in_order(&wasm).map_err(|e| format!("{}: {e}", path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", named.display()))?;
    let out = path.with_extension("ordered.tmp");
    let status = Command::new("wasm-opt")
        .args(features)
        .args(["--reorder-functions-by-name", "--strip-debug"])
        .arg(&named)
        .arg("-o")
        .arg(&out)
        .status()
        .map_err(|e| format!("wasm-opt (scripts/setup.sh installs it): {e}"));
    let _ = fs::remove_file(&named);
    let status = status?;
    if !status.success() {
        return Err(format!(
            "wasm-opt failed to reorder {}: {status}",
            path.display()
        ));
    }
    let data = fs::read(&out).map_err(|e| format!("{}: {e}", out.display()));
    let _ = fs::remove_file(&out);
    data
}

/// The app's main module in the staging folder (trunk's `yentu-explorer-<hash>_bg.wasm`, already
/// optimised) laid out for compression, in place.
pub fn main_module(stage: &Path, root: &Path) -> Result<(), String> {
    let path = stage.join(crate::chunks::app_script(stage)?.replace(".js", "_bg.wasm"));
    let args = crate::chunks::wasm_opt_args(root)?;
    let data = for_compression(&path, args.get(1..).unwrap_or_default())?;
    fs::write(&path, data).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("build_site: the main module's functions laid out for compression");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{
        CodeSection, EntityType, Function, FunctionSection, ImportSection, Instruction, TypeSection,
    };

    /// A module importing one function and defining three: sizes 3, 1 and 2 instructions.
    fn module() -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut imports = ImportSection::new();
        imports.import("env", "f", EntityType::Function(0));
        let mut functions = FunctionSection::new();
        let mut code = CodeSection::new();
        for nops in [40, 0, 20] {
            functions.function(0);
            let mut f = Function::new([]);
            for _ in 0..nops {
                f.instruction(&Instruction::Nop);
            }
            f.instruction(&Instruction::End);
            code.function(&f);
        }
        let mut m = Module::new();
        m.section(&types)
            .section(&imports)
            .section(&functions)
            .section(&code);
        m.finish()
    }

    fn function_names(wasm: &[u8]) -> Vec<(u32, String)> {
        let mut out = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::CustomSection(c) = payload.unwrap() {
                if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                    for sub in reader {
                        if let wasmparser::Name::Function(map) = sub.unwrap() {
                            for n in map {
                                let n = n.unwrap();
                                out.push((n.index, n.name.to_string()));
                            }
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn names_sort_by_size_after_the_imports() {
        let named = named_in_order(&module()).unwrap();
        assert_eq!(
            function_names(&named),
            [
                (1, "f00000002".to_string()),
                (2, "f00000000".to_string()),
                (3, "f00000001".to_string())
            ]
        );
        // Everything else is as it was: only the name section was added.
        assert!(named.starts_with(&module()));
        // Named twice, the first names are replaced, not kept beside the new ones.
        assert_eq!(named_in_order(&named).unwrap(), named);
    }
}
