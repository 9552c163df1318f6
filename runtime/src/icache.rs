//! Inline caches: each attribute load, store and method call in generated code has four words
//! of its own remembering where the name was found for the last type seen there, so that the
//! next object of that type finds it with a few compares instead of a lookup through the MRO.
//!
//! An entry holds for as long as the classes' attributes do not change: any change to a class's
//! dict bumps one global epoch, and every entry filled before it misses. The words live among
//! the program's roots, so the type an entry names stays alive (its address cannot be reused).

use crate::dict;
use crate::exc::Global;
use crate::func::{call, call_method, getattr, lookup_class_name, ret, setattr, BoundMethod, FuncObj, Kw, NativeObj};
use crate::list::tuple_items;
use crate::object::*;
use crate::value::*;

/// Bumped whenever a class's attributes change.
static EPOCH: Global<usize> = Global::new(1);

/// Every cache entry filled until now is stale: a class's attributes changed.
pub fn classes_changed() {
    let e = EPOCH.get();
    *e = e.wrapping_add(1).max(1);
}

/// One site's entry. `key` 0 is an empty entry.
#[repr(C)]
pub struct Cache {
    /// The type of the objects the entry is for; in [`TYPE_ATTR`] mode the class itself.
    key: usize,
    epoch: usize,
    /// The mode in the low three bits; in [`INST`] mode the entry number above them.
    info: usize,
    value: Value,
}

/// In the instance's own dict, at an entry number.
const INST: usize = 0;
/// A function of the class, not shadowed by the instance: a method.
const METHOD: usize = 1;
/// Another class attribute that is not a descriptor (`value`), not shadowed by the instance.
const CLASS_VALUE: usize = 2;
/// A built-in type's method (`value`: the NativeObj).
const NATIVE: usize = 3;
/// An attribute of the class `key` itself, as loaded (`value`).
const TYPE_ATTR: usize = 4;

impl Cache {
    fn mode(&self) -> usize {
        self.info & 7
    }

    /// Whether the entry is for `obj`'s type (and still valid); never for [`TYPE_ATTR`].
    #[inline(always)]
    fn for_type_of(&self, obj: Value) -> bool {
        self.key == type_of_fast(obj) as *const TypeObj as usize && self.epoch == *EPOCH.get()
    }

    fn set(&mut self, key: usize, mode: usize, value: Value) {
        *self = Cache { key, epoch: *EPOCH.get(), info: mode, value };
    }
}

/// The dict of an instance of a class (0 if it has none yet).
#[inline(always)]
fn own_dict(obj: Value) -> Value {
    unsafe { body::<crate::func::InstanceObj>(obj).dict }
}

/// The value at entry `info >> 3` of `obj`'s dict if that entry's key is `name`.
#[inline(always)]
fn at_entry(obj: Value, name: Value, info: usize) -> Option<(Value, usize)> {
    let d = own_dict(obj);
    if d == 0 {
        return None;
    }
    match dict::entry_at(d, info >> 3) {
        Some((k, v)) if k == name => Some((v, d)),
        _ => None,
    }
}

/// Whether `obj` (an instance of a class) has no attribute `name` of its own.
#[inline(always)]
fn not_shadowed(obj: Value, name: Value) -> bool {
    let d = own_dict(obj);
    d == 0 || dict::len(d) == 0 || dict::find_name(d, name).is_none()
}

/// Whether instances of `t` keep their attributes in an instance dict that [`own_dict`] reads
/// and nothing else (exceptions have attributes of their own besides).
fn plain_instances(t: &TypeObj) -> bool {
    t.is_class() && t.kind == Kind::Instance
}

/// Records where `obj.name` is found, for the next object of its type.
fn fill(obj: Value, name: Value, c: &mut Cache) {
    let t = type_of(obj);
    if let Some(cls) = as_type(obj) {
        // `__name__` comes from the type object before its dict.
        if !cls.is_class() || crate::str::as_str(name) == Some("__name__") {
            return;
        }
        if let Some(v) = lookup_class_name(cls, name) {
            match kind_of(v) {
                Kind::Property | Kind::ClassMethod => {}
                Kind::StaticMethod => c.set(obj, TYPE_ATTR, unsafe { body::<crate::func::WrapperObj>(v) }.func),
                _ => c.set(obj, TYPE_ATTR, v),
            }
        }
        return;
    }
    if plain_instances(t) {
        let in_class = lookup_class_name(t, name);
        if in_class.is_some_and(|v| kind_of(v) == Kind::Property) {
            return;
        }
        let d = own_dict(obj);
        if let Some(i) = (d != 0).then(|| dict::find_name(d, name)).flatten() {
            c.set(t.as_value(), INST | i << 3, 0);
            return;
        }
        match in_class.map(|v| (v, kind_of(v))) {
            Some((v, Kind::Function)) => c.set(t.as_value(), METHOD, v),
            Some((_, Kind::StaticMethod | Kind::ClassMethod)) | None => {}
            Some((v, _)) => c.set(t.as_value(), CLASS_VALUE, v),
        }
        return;
    }
    if t.is_class() || matches!(t.kind, Kind::Module | Kind::Type | Kind::Exception | Kind::Function) {
        return;
    }
    if core::ptr::eq(t, &crate::func::SUPER_TYPE) {
        return;
    }
    let key = crate::str::as_str(name).unwrap_or("");
    if let Some(m) = t.methods.iter().find(|m| m.name == key) {
        c.set(t.as_value(), NATIVE, m as *const NativeObj as Value);
    }
}

/// `obj.name` at a site with cache `c`.
///
/// # Safety
/// `c` points at the site's four words among the roots.
#[no_mangle]
pub unsafe extern "C" fn rt_getattr_ic(obj: Value, name: Value, c: *mut Cache) -> Value {
    let c = &mut *c;
    if c.mode() == TYPE_ATTR {
        if obj == c.key && c.epoch == *EPOCH.get() {
            return c.value;
        }
    } else if c.for_type_of(obj) {
        match c.mode() {
            INST => {
                if let Some((v, _)) = at_entry(obj, name, c.info) {
                    return v;
                }
            }
            CLASS_VALUE if not_shadowed(obj, name) => return c.value,
            METHOD if not_shadowed(obj, name) => {
                return ret(alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: c.value, obj }));
            }
            _ => {}
        }
    }
    let r = getattr(obj, name);
    if r.is_ok() {
        fill(obj, name, c);
    }
    ret(r)
}

/// `obj.name = v` at a site with cache `c`.
///
/// # Safety
/// As [`rt_getattr_ic`].
#[no_mangle]
pub unsafe extern "C" fn rt_setattr_ic(obj: Value, name: Value, v: Value, c: *mut Cache) -> Value {
    let c = &mut *c;
    if c.mode() == INST && c.for_type_of(obj) {
        if let Some((_, d)) = at_entry(obj, name, c.info) {
            dict::set_value_at(d, c.info >> 3, v);
            return NONE;
        }
        // Not at that entry (a new instance being set up, say), but the class still has no
        // property of that name: straight into the instance's dict.
        let inst: &mut crate::func::InstanceObj = body(obj);
        if inst.dict == 0 {
            match dict::new_dict() {
                Ok(d) => inst.dict = d,
                Err(e) => return ret(Err(e)),
            }
        }
        return ret(dict::set_item(inst.dict, name, v).map(|_| NONE));
    }
    if let Err(e) = setattr(obj, name, v) {
        return ret(Err(e));
    }
    let t = type_of(obj);
    if plain_instances(t) && !lookup_class_name(t, name).is_some_and(|p| kind_of(p) == Kind::Property) {
        let d = own_dict(obj);
        if let Some(i) = (d != 0).then(|| dict::find_name(d, name)).flatten() {
            c.set(t.as_value(), INST | i << 3, 0);
        }
    }
    NONE
}

/// `obj.name(args…)` at a site with cache `c`: `argv[0]` is `obj`, then `npos` arguments and
/// the values of the keywords named in `kwnames` (a tuple, or 0).
///
/// # Safety
/// As [`rt_getattr_ic`]; `argv` holds the words described.
#[no_mangle]
pub unsafe extern "C" fn rt_call_method_ic(
    name: Value,
    argv: *const Value,
    npos: usize,
    kwnames: Value,
    c: *mut Cache,
) -> Value {
    let c = &mut *c;
    let names: &[Value] = if kwnames != 0 { tuple_items(kwnames) } else { &[] };
    let all = words(argv, 1 + npos + names.len());
    let kw = Kw { names, values: &all[1 + npos..] };
    let args = &all[..1 + npos];
    let obj = args[0];
    if c.mode() == TYPE_ATTR {
        if obj == c.key && c.epoch == *EPOCH.get() {
            return ret(call(c.value, &args[1..], &kw));
        }
    } else if c.for_type_of(obj) {
        match c.mode() {
            METHOD if not_shadowed(obj, name) => {
                let f: &FuncObj = body(c.value);
                if names.is_empty() && f.takes_exactly(npos + 1) {
                    let r = crate::func::invoke(f.code, args);
                    return r;
                }
                return ret(call(c.value, args, &kw));
            }
            NATIVE => return ret((body::<NativeObj>(c.value).f)(args, &kw)),
            INST => {
                if let Some((v, _)) = at_entry(obj, name, c.info) {
                    return ret(call(v, &args[1..], &kw));
                }
            }
            CLASS_VALUE if not_shadowed(obj, name) => return ret(call(c.value, &args[1..], &kw)),
            _ => {}
        }
    }
    fill(obj, name, c);
    ret(call_method(obj, name, args, &kw))
}
