//! `import`: `sys.modules`, the built-in modules, and `.py` modules (and
//! packages) found beside the script.

use stitch_bytecode::Mode;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Source of an embedded module (our standard library written in Python).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    EMBEDDED
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, src, pkg)| (*src, *pkg))
}

use crate::num::as_int;
use crate::object::ObjKind;
use crate::protocol::str_of;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

impl Vm {
    /// `__import__(name, globals, None, fromlist, level)`.
    pub fn import(
        &self,
        name: &Value,
        fromlist: &Value,
        level: &Value,
        globals: &Value,
    ) -> PyResult<Value> {
        let name = str_of(name)
            .ok_or_else(|| self.type_error("module name must be str"))?
            .to_string();
        let level = as_int(level).and_then(|l| l.to_f64()).unwrap_or(0.0) as usize;
        let full = if level > 0 {
            let package = self
                .dict_get_str(globals, "__package__")
                .and_then(|p| str_of(&p).map(String::from))
                .filter(|p| !p.is_empty())
                .or_else(|| {
                    let n = self
                        .dict_get_str(globals, "__name__")
                        .and_then(|n| str_of(&n).map(String::from))?;
                    let is_pkg = self.dict_get_str(globals, "__path__").is_some();
                    if is_pkg {
                        Some(n)
                    } else {
                        n.rsplit_once('.').map(|(p, _)| p.to_string())
                    }
                });
            let Some(package) = package else {
                return Err(self.err(
                    Exc::ImportError,
                    "attempted relative import with no known parent package",
                ));
            };
            let parts: Vec<&str> = package.split('.').collect();
            if level - 1 >= parts.len() {
                return Err(self.err(
                    Exc::ImportError,
                    "attempted relative import beyond top-level package",
                ));
            }
            let base = parts[..parts.len() - (level - 1)].join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.clone()
        };
        let mut module = Value::NONE;
        let mut prefix = String::new();
        let mut top = Value::NONE;
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix)?;
            if i == 0 {
                top = module.clone();
            }
        }
        let has_fromlist = !fromlist.is_none() && self.truthy(fromlist)?;
        if has_fromlist {
            // `from pkg import sub` may name submodules.
            if self
                .dict_get_str(&self.module_dict(&module), "__path__")
                .is_some()
            {
                for item in self.to_vec(fromlist)? {
                    let Some(s) = str_of(&item) else { continue };
                    if s != "*" && self.getattr_opt(&module, &item)?.is_none() {
                        let sub = format!("{full}.{s}");
                        match self.import_one(&sub) {
                            Ok(_) => {}
                            Err(e) if self.err_matches(&e, Exc::ModuleNotFoundError) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level > 0 && name.is_empty() {
            return Ok(module);
        }
        Ok(if level > 0 { module } else { top })
    }

    fn module_dict(&self, m: &Value) -> Value {
        match m.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Module(m)) => m.dict.clone(),
            _ => self.new_dict(),
        }
    }

    /// Import one fully qualified module whose parent is already imported.
    fn import_one(&self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.dict_get_str(&self.modules, full) {
            if m.is_none() {
                return Err(self.module_not_found(full));
            }
            return Ok(m);
        }
        let (parent, leaf) = match full.rsplit_once('.') {
            Some((p, l)) => (Some(p), l),
            None => (None, full),
        };
        let dirs: Vec<String> = match parent {
            Some(p) => {
                let pm = self.dict_get_str(&self.modules, p).unwrap_or(Value::NONE);
                match self.dict_get_str(&self.module_dict(&pm), "__path__") {
                    Some(path) => self
                        .to_vec(&path)?
                        .iter()
                        .filter_map(|d| str_of(d).map(String::from))
                        .collect(),
                    None => {
                        return Err(self.err(
                            Exc::ModuleNotFoundError,
                            format!("No module named '{full}'; '{p}' is not a package"),
                        ));
                    }
                }
            }
            None => {
                let path = self.dict_get_str(
                    &self.module_dict(
                        &self
                            .dict_get_str(&self.modules, "sys")
                            .unwrap_or(Value::NONE),
                    ),
                    "path",
                );
                match path {
                    Some(p) => self
                        .to_vec(&p)?
                        .iter()
                        .filter_map(|d| str_of(d).map(String::from))
                        .collect(),
                    None => self.config.path.clone(),
                }
            }
        };
        for dir in dirs {
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            let pkg_init = format!("{base}/{leaf}/__init__.py");
            if std::path::Path::new(&pkg_init).is_file() {
                return self.load_source_module(full, &pkg_init, Some(format!("{base}/{leaf}")));
            }
            let file = format!("{base}/{leaf}.py");
            if std::path::Path::new(&file).is_file() {
                return self.load_source_module(full, &file, None);
            }
        }
        // Our standard-library modules written in Python (after the script's
        // directory, as CPython's library comes after it on sys.path).
        if let Some((src, is_pkg)) = embedded_source(full) {
            let file = format!(
                "<stitch>/{}{}",
                full.replace('.', "/"),
                if is_pkg { "/__init__.py" } else { ".py" }
            );
            return self.load_module_source(full, src, &file, is_pkg.then(String::new));
        }
        Err(self.module_not_found(full))
    }

    fn module_not_found(&self, name: &str) -> crate::vm::PyErr {
        let e = self.err(
            Exc::ModuleNotFoundError,
            format!("No module named '{name}'"),
        );
        let _ = self.set_instance_attr_raw(&e.exc, "name", self.new_str(name));
        e
    }

    fn load_source_module(
        &self,
        full: &str,
        file: &str,
        package_dir: Option<String>,
    ) -> PyResult<Value> {
        let src = std::fs::read_to_string(file)
            .map_err(|e| self.err(Exc::ImportError, format!("cannot read {file}: {e}")))?;
        self.load_module_source(full, &src, file, package_dir)
    }

    /// Create, register and run a module from source text. `package_dir`
    /// (possibly empty, for embedded packages) makes it a package.
    fn load_module_source(
        &self,
        full: &str,
        src: &str,
        file: &str,
        package_dir: Option<String>,
    ) -> PyResult<Value> {
        let code = crate::builtins::funcs::compile_source(self, src, file, Mode::Exec)?;
        let module = self.new_module(full);
        let d = self.module_dict(&module);
        self.dict_set_str(&d, "__file__", self.new_str(file))?;
        self.dict_set_str(&d, "__builtins__", self.builtins.clone())?;
        let package = match &package_dir {
            Some(dir) => {
                // Embedded packages have no directory: their submodules are embedded too.
                let path = if dir.is_empty() {
                    vec![]
                } else {
                    vec![self.new_str(dir.as_str())]
                };
                self.dict_set_str(&d, "__path__", self.new_list(path))?;
                full.to_string()
            }
            None => full
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        self.dict_set_str(&d, "__package__", self.new_str(package))?;
        self.dict_set_str(&self.modules, full, module.clone())?;
        let frame = self.frame_for_code(&code, &d, d.clone())?;
        if let Err(e) = self.run_to_completion(frame) {
            let _ = self.delitem(&self.modules, &self.new_str(full));
            return Err(e);
        }
        if let Some((parent, leaf)) = full.rsplit_once('.') {
            if let Some(pm) = self.dict_get_str(&self.modules, parent) {
                self.setattr(&pm, &self.intern(leaf), module.clone())?;
            }
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.dict_get_str(&self.modules, full).unwrap_or(module))
    }
}
