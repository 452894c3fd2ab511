//! The app's JavaScript minified with terser (pinned in `tools/package.json`, installed by
//! `scripts/setup.sh`): trunk's own minifier stops at the `import` statements of wasm-bindgen's
//! output and ships it as it is. The subresource-integrity hash trunk wrote for the file in
//! `index.html` is replaced by the minified file's.

use base64::Engine;
use sha2::{Digest, Sha384};
use std::fs;
use std::path::Path;
use std::process::Command;

/// The `integrity` value of a file's bytes (`sha384-…`), as trunk writes it.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Minifies the ES module `file` in place.
pub fn minify(file: &Path, root: &Path) -> Result<(), String> {
    let terser = root.join("tools/node_modules/.bin/terser");
    let status = Command::new(&terser)
        .arg(file)
        .args(["--module", "--compress", "--mangle", "--output"])
        .arg(file)
        .status()
        .map_err(|e| format!("{} (scripts/setup.sh installs it): {e}", terser.display()))?;
    if !status.success() {
        return Err(format!("terser failed on {}: {status}", file.display()));
    }
    Ok(())
}

/// Minifies the app's JavaScript (trunk's `<name>-<hash>.js` files in `stage`, each with its
/// integrity in `html`) and returns `html` with their new integrity values.
pub fn app_js(stage: &Path, root: &Path, html: &str) -> Result<String, String> {
    let mut html = html.to_string();
    let entries = fs::read_dir(stage).map_err(|e| format!("{}: {e}", stage.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_none_or(|x| x != "js") {
            continue;
        }
        let before = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let old = integrity(&before);
        // Only trunk's files carry an integrity (not the split loader, nor the service worker).
        if !html.contains(&old) {
            continue;
        }
        minify(&path, root)?;
        let after = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        html = html.replace(&old, &integrity(&after));
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_sha384_in_base64() {
        // The SHA-384 of nothing, as `openssl dgst -sha384 -binary | base64` gives it.
        assert_eq!(
            integrity(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
    }

    #[test]
    fn trunks_script_is_minified_and_its_integrity_follows() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = std::env::temp_dir().join(format!("yentu-minify-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let js = "import * as other from \"./other.js\";\n\
                  export function greet(someLongName) {\n    const result = 'hi ' + someLongName;\n    return result;\n}\n";
        fs::write(dir.join("app-1.js"), js).unwrap();
        fs::write(dir.join("sw.js"), "const untouched = 1;\n").unwrap();
        let old = integrity(js.as_bytes());
        let html = format!("<link href=/app-1.js integrity={old} rel=modulepreload>");
        let out = app_js(&dir, root, &html).unwrap();
        let min = fs::read(dir.join("app-1.js")).unwrap();
        assert!(min.len() < js.len());
        assert!(String::from_utf8_lossy(&min).contains("export"));
        assert_eq!(out, html.replace(&old, &integrity(&min)));
        assert_eq!(
            fs::read_to_string(dir.join("sw.js")).unwrap(),
            "const untouched = 1;\n"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
