//! Inline caches: each attribute load, store and method call in generated code has four words
//! of its own remembering where the name was found for the last type seen there, so that the
//! next object of that type finds it with a few compares instead of a lookup through the MRO.
//!
//! An entry holds for as long as the classes' attributes do not change: a change to any
//! class's dict after it was made empties every entry (classes are rarely changed once made).
//! The words live among the program's roots, so the type an entry names stays alive (its
//! address cannot be reused).
//!
//! A method call site whose entry found a plain function of the class, taking exactly the
//! site's arguments, is called by generated code itself: it compares the object's type with
//! [`Cache::direct`], checks that the instance shadows no class attribute
//! ([`InstanceObj::shadows`]), and calls the function's code with the object first.

use crate::exc::Global;
use crate::func::{
    call, call_method, getattr, lookup_class_name, ret, setattr, BoundMethod, FuncObj, InstanceObj, Kw, NativeObj,
};
use crate::list::tuple_items;
use crate::object::*;
use crate::shape;
use crate::value::*;

/// The program's caches (`count` words from `start`), and whether a class has changed since
/// it was made (then no entry lets generated code call a method directly again: instances
/// made before may hold attributes the class now has too).
struct Caches {
    start: *mut usize,
    words: usize,
    classes_changed: bool,
}

static CACHES: Global<Caches> = Global::new(Caches { start: core::ptr::null_mut(), words: 0, classes_changed: false });

/// Registers the program's caches: `words` words at `start` (zero), also roots.
///
/// # Safety
/// The words are the program's, writable, and stay reserved for the caches.
#[no_mangle]
pub unsafe extern "C" fn rt_init_caches(start: *mut usize, words: usize) -> Value {
    crate::gc::add_roots(start, words);
    let c = CACHES.get();
    c.start = start;
    c.words = words;
    NONE
}

/// A class's attributes changed: every entry is emptied (the program's and the runtime's).
pub fn classes_changed() {
    let c = CACHES.get();
    c.classes_changed = true;
    if !c.start.is_null() {
        unsafe { core::ptr::write_bytes(c.start, 0, c.words) };
    }
    *LOOKUPS.get() = [(0, 0, 0); LOOKUP_SLOTS];
}

/// An attribute of a built-in module was set or deleted: every entry is emptied (those of
/// module attributes keep what they found).
pub fn modules_changed() {
    let c = CACHES.get();
    if !c.start.is_null() {
        unsafe { core::ptr::write_bytes(c.start, 0, c.words) };
    }
    *LOOKUPS.get() = [(0, 0, 0); LOOKUP_SLOTS];
}

/// Whether no attribute of `inst`'s own is also an attribute of its class: none was when it
/// was stored ([`InstanceObj::shadows`]) and no class has changed since. Then an attribute
/// found in the instance's dict is the attribute, with no lookup in the class.
#[inline(always)]
pub fn unshadowed(inst: &InstanceObj) -> bool {
    inst.shadows == 0 && !CACHES.get().classes_changed
}

/// The runtime's own cache of class lookups (`getattr()`, special methods, the misses of the
/// sites' caches): (class, name, what the MRO holds or 0), two ways per set. The set comes
/// from a multiplicative hash of both addresses, so that which lookups share a set does not
/// hinge on a few address bits (where the program's strings happen to land); the newest entry
/// goes in the set's first way and the other way keeps the one it displaced.
const LOOKUP_SETS: usize = 64;
const LOOKUP_SLOTS: usize = 2 * LOOKUP_SETS;
static LOOKUPS: Global<[(usize, Value, Value); LOOKUP_SLOTS]> = Global::new([(0, 0, 0); LOOKUP_SLOTS]);

/// Fibonacci hashing: the top bits of the product are mixed from all of the key's bits.
#[inline(always)]
fn lookup_set(key: usize, name: Value) -> usize {
    #[cfg(target_pointer_width = "64")]
    const K: usize = 0x9E37_79B9_7F4A_7C15;
    #[cfg(not(target_pointer_width = "64"))]
    const K: usize = 0x9E37_79B9;
    let h = (key ^ name.rotate_left(usize::BITS / 2)).wrapping_mul(K);
    h >> (usize::BITS - LOOKUP_SETS.trailing_zeros())
}

/// [`lookup_class_name`]'s answer through the lookup cache: `walk` finds it on a miss.
#[inline(always)]
pub fn class_lookup(t: &'static TypeObj, name: Value, walk: impl FnOnce() -> Option<Value>) -> Option<Value> {
    let key = t as *const TypeObj as usize;
    // SAFETY: `lookup_set` is below LOOKUP_SETS, so both ways are in the array.
    let ways = unsafe { LOOKUPS.get().as_mut_ptr().add(2 * lookup_set(key, name)) };
    let (first, second) = unsafe { (*ways, *ways.add(1)) };
    if first.0 == key && first.1 == name {
        return (first.2 != 0).then_some(first.2);
    }
    if second.0 == key && second.1 == name {
        return (second.2 != 0).then_some(second.2);
    }
    let found = walk();
    remember(ways, key, name, found.unwrap_or(0));
    found
}

/// Puts a lookup's answer in its set (the older way moved to the second). A hard callback
/// (`sched.rs`) writes nothing: the program it interrupted may be reading the set.
#[inline(always)]
fn remember(ways: *mut (usize, Value, Value), key: usize, name: Value, value: Value) {
    if crate::sched::in_irq() {
        return;
    }
    unsafe {
        *ways.add(1) = *ways;
        *ways = (key, name, value);
    }
}

/// The lookup cache's words are roots: a class and name it holds stay alive, so their
/// addresses cannot be reused by others while an entry names them.
pub fn mark_roots(mark: &mut dyn FnMut(usize)) {
    for e in LOOKUPS.get().iter() {
        mark(e.0);
        mark(e.1);
        mark(e.2);
    }
}

/// One site's entry. `key` 0 is an empty entry.
#[repr(C)]
pub struct Cache {
    /// At a method call site: the type whose instances generated code may call `value` (a
    /// compiled function taking exactly the site's arguments and the object) for directly;
    /// else 0. Generated code reads this word and `value`.
    pub direct: usize,
    /// The type of the objects the entry is for; in [`TYPE_ATTR`] mode the class itself.
    /// Generated code reads it (an attribute load's inline hit).
    pub key: usize,
    /// The mode in the low three bits, [`NOT_IN_CLASS`], and in [`INST`] mode the entry
    /// number above them. Generated code reads it (an attribute load's inline hit).
    pub info: usize,
    pub value: Value,
}

/// In the instance's own slots, at a slot number, when the instance has the shape `value`.
/// (Generated code tests for it: see `rt_getattr_ic`.)
pub const INST: usize = 0;
/// A function of the class, not shadowed by the instance: a method.
const METHOD: usize = 1;
/// Another class attribute that is not a descriptor (`value`), not shadowed by the instance.
const CLASS_VALUE: usize = 2;
/// A built-in type's method (`value`: the NativeObj).
const NATIVE: usize = 3;
/// An attribute of the class `key` itself, as loaded (`value`).
const TYPE_ATTR: usize = 4;
/// An attribute of the built-in module `key` (`value`: they never change).
const MODULE_ATTR: usize = 5;
/// A global of the program's module `key`, at an entry number: read from there each time.
const MODULE_GLOBAL: usize = 6;
/// At an attribute store: an instance of the shape `value` gets the name in its next slot (the
/// slot number) and the shape `direct` (the class has no attribute of that name).
pub const ADD: usize = 7;
/// In [`INST`] mode: the class has no attribute of that name (an instance storing it shadows
/// nothing).
const NOT_IN_CLASS: usize = 8;
/// Where the entry number starts in `info`.
pub const ENTRY_SHIFT: usize = 4;

impl Cache {
    fn mode(&self) -> usize {
        self.info & 7
    }

    fn entry(&self) -> usize {
        self.info >> ENTRY_SHIFT
    }

    /// Whether the entry is for `obj`'s type; never for [`TYPE_ATTR`].
    #[inline(always)]
    fn for_type_of(&self, obj: Value) -> bool {
        self.key == type_of_fast(obj) as *const TypeObj as usize
    }

    /// Written as [`remember`] writes a lookup: invalid first, the key last.
    fn set(&mut self, key: usize, info: usize, value: Value) {
        unsafe {
            core::ptr::write_volatile(&raw mut self.key, 0);
            core::ptr::write_volatile(&raw mut self.direct, 0);
        }
        (self.info, self.value) = (info, value);
        core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
        unsafe { core::ptr::write_volatile(&raw mut self.key, key) };
    }
}

/// Stores `v` as `obj.name` among the instance's own attributes, noting in the instance when
/// the name is also a class attribute (it may shadow a method); `in_class` is false when the
/// caller knows the class lacks the name.
pub fn store_own(obj: Value, name: Value, v: Value, in_class: bool) -> R<()> {
    let added = shape::set(obj, name, v)?;
    if added && in_class && lookup_class_name(type_of(obj), name).is_some() {
        unsafe { body::<InstanceObj>(obj) }.shadows = 1;
    }
    Ok(())
}

/// The instance `obj`'s attributes (a shape, a dict or 0).
#[inline(always)]
fn attrs(obj: Value) -> Value {
    unsafe { body::<InstanceObj>(obj).attrs }
}

/// Slot `i` of `obj` when the instance has the entry's shape (an [`INST`] entry for its type).
#[inline(always)]
fn at_slot(obj: Value, c: &Cache) -> Option<*mut Value> {
    (attrs(obj) == c.value).then(|| unsafe { shape::slots(obj).add(c.entry()) })
}

/// Whether `obj` (an instance of a class) has no attribute `name` of its own.
#[inline(always)]
fn not_shadowed(obj: Value, name: Value) -> bool {
    // (Once a class has changed, an attribute stored when its class lacked the name may now
    // hide one: the instance is looked at.)
    if unshadowed(unsafe { body::<InstanceObj>(obj) }) {
        return true;
    }
    shape::get(obj, name).is_none()
}

/// Whether instances of `t` keep their attributes in an instance dict that [`own_dict`] reads
/// and nothing else (exceptions have attributes of their own besides).
fn plain_instances(t: &TypeObj) -> bool {
    t.is_class() && t.kind == Kind::Instance
}

/// Whether `name` is one a class answers for itself, not from the first dict along its MRO:
/// `__name__` comes from the type object, and `__module__`, `__qualname__` and `__doc__` are
/// the class's own even when only a base's dict has one (`func::type_attr`).
#[inline(never)]
fn class_own(name: Value) -> bool {
    let own = ["__name__", "__module__", "__qualname__", "__doc__", "__dict__", "__mro__", "__bases__", "__base__"];
    crate::str::as_str(name).is_some_and(|n| own.contains(&n))
}

/// Records where `obj.name` is found, for the next object of its type; `call_args` is the
/// number of positional arguments at a method call site without keywords.
fn fill(obj: Value, name: Value, c: &mut Cache, call_args: Option<usize>) {
    // A hard callback writes no entry (the program it interrupted may be reading it).
    if crate::sched::in_irq() {
        return;
    }
    let t = type_of(obj);
    // (An object whose class has `__getattribute__` answers each read anew.)
    if t.hooks.get() & crate::object::HOOKS_GETATTRIBUTE != 0 {
        return;
    }
    if let Some(cls) = as_type(obj) {
        if !cls.is_class() || class_own(name) {
            return;
        }
        // (A metaclass's data descriptor of the name comes first: computed each time.)
        if t.is_class() && lookup_class_name(t, name).is_some_and(crate::func::is_data_descriptor) {
            return;
        }
        if let Some(v) = lookup_class_name(cls, name) {
            match kind_of(v) {
                _ if crate::func::is_computed(v) => {}
                Kind::StaticMethod => c.set(obj, TYPE_ATTR, unsafe { body::<crate::func::WrapperObj>(v) }.func),
                _ => c.set(obj, TYPE_ATTR, v),
            }
        }
        return;
    }
    if plain_instances(t) {
        let in_class = lookup_class_name(t, name);
        if in_class.is_some_and(crate::func::is_computed) {
            return;
        }
        let a = attrs(obj);
        if shape::is_shape(a) {
            if let Some(i) = shape::slot(a, name) {
                c.set(t.as_value(), INST | i << ENTRY_SHIFT, a);
                return;
            }
        } else if shape::get(obj, name).is_some() {
            // In a dict: not cached.
            return;
        }
        match in_class.map(|v| (v, kind_of(v))) {
            Some((v, Kind::Function)) => {
                c.set(t.as_value(), METHOD, v);
                let f: &FuncObj = unsafe { body(v) };
                if call_args.is_some_and(|n| f.takes_exactly(n + 1)) && !CACHES.get().classes_changed {
                    c.direct = t.as_value();
                }
            }
            Some((_, Kind::StaticMethod | Kind::ClassMethod)) | None => {}
            Some((v, _)) => c.set(t.as_value(), CLASS_VALUE, v),
        }
        return;
    }
    if t.kind == Kind::Module {
        match crate::modules::attr_slot(obj, name) {
            Some(crate::modules::AttrSlot::Fixed(v)) => c.set(obj, MODULE_ATTR, v),
            Some(crate::modules::AttrSlot::Global(i)) => c.set(obj, MODULE_GLOBAL | i << ENTRY_SHIFT, 0),
            None => {}
        }
        return;
    }
    if t.is_class() || matches!(t.kind, Kind::Type | Kind::Exception | Kind::Function) {
        return;
    }
    if core::ptr::eq(t, &crate::func::SUPER_TYPE) {
        return;
    }
    let key = crate::str::as_str(name).unwrap_or("");
    // (At a call site, only for a method that takes the site's argument count: the entry's
    // hit then calls it without counting them again.)
    if let Some(m) = t.methods.iter().find(|m| m.name == key) {
        if call_args.is_none_or(|n| m.takes(n + 1)) {
            c.set(t.as_value(), NATIVE, m as *const NativeObj as Value);
        }
    }
}

/// In the modes for one object (a class, a module): the attribute, when `obj` is that object.
#[inline(always)]
fn of_object(obj: Value, c: &Cache) -> Option<Value> {
    if obj != c.key {
        return None;
    }
    match c.mode() {
        MODULE_GLOBAL => Some(crate::modules::global_at(obj, c.entry())).filter(|&v| v != 0),
        _ => Some(c.value),
    }
}

/// `obj.name` at a site with cache `c`.
///
/// # Safety
/// `c` points at the site's four words among the roots.
#[no_mangle]
pub unsafe extern "C" fn rt_getattr_ic(obj: Value, name: Value, c: *mut Cache) -> Value {
    // The common hit, kept apart so that it needs few registers: the instance's own attribute
    // at the remembered entry. (Generated code in functions tests for this hit itself before
    // it calls here: `lower`'s `getattr_cached`, which must agree with it.)
    let e = &*c;
    if e.mode() == INST && obj & 3 == 0 && e.key == (*(obj as *const Header)).ty as usize {
        if let Some(p) = at_slot(obj, e) {
            return *p;
        }
    }
    getattr_ic(obj, name, &mut *c)
}

#[inline(never)]
unsafe fn getattr_ic(obj: Value, name: Value, c: &mut Cache) -> Value {
    if matches!(c.mode(), TYPE_ATTR | MODULE_ATTR | MODULE_GLOBAL) {
        if let Some(v) = of_object(obj, c) {
            return v;
        }
    } else if c.for_type_of(obj) {
        match c.mode() {
            INST => {
                if let Some(p) = at_slot(obj, c) {
                    return *p;
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
        fill(obj, name, c, None);
    }
    ret(r)
}

/// `obj.name = v` at a site with cache `c`.
///
/// # Safety
/// As [`rt_getattr_ic`].
#[no_mangle]
pub unsafe extern "C" fn rt_setattr_ic(obj: Value, name: Value, v: Value, c: *mut Cache) -> Value {
    // (Generated code tests for both hits itself first: `lower`'s `setattr_cached`.)
    let e = &*c;
    if obj & 3 == 0 && e.key == (*(obj as *const Header)).ty as usize && attrs(obj) == e.value {
        match e.mode() {
            INST => {
                *shape::slots(obj).add(e.entry()) = v;
                return NONE;
            }
            // A new instance being set up: the name goes in its next slot (if it has one).
            ADD if e.entry() < body::<InstanceObj>(obj).cap as usize => {
                *shape::slots(obj).add(e.entry()) = v;
                body::<InstanceObj>(obj).attrs = e.direct;
                return NONE;
            }
            _ => {}
        }
    }
    setattr_ic(obj, name, v, &mut *c)
}

#[inline(never)]
unsafe fn setattr_ic(obj: Value, name: Value, v: Value, c: &mut Cache) -> Value {
    let t = type_of(obj);
    let plain = plain_instances(t) && is_ptr(obj);
    let before = if plain { attrs(obj) } else { 0 };
    if let Err(e) = setattr(obj, name, v) {
        return ret(Err(e));
    }
    // (A class with a `__setattr__` of its own has every store go through it.)
    if plain && t.hooks.get() & crate::object::HOOKS_SETATTR == 0 {
        let in_class = lookup_class_name(t, name);
        let after = attrs(obj);
        if !in_class.is_some_and(crate::func::is_data_descriptor) && shape::is_shape(after) {
            if let Some(i) = shape::slot(after, name) {
                let not_in_class = if in_class.is_none() { NOT_IN_CLASS } else { 0 };
                if after == before {
                    c.set(t.as_value(), INST | not_in_class | i << ENTRY_SHIFT, after);
                } else if in_class.is_none() && shape::is_shape(before) && i == shape::len(before) {
                    c.set(t.as_value(), ADD | NOT_IN_CLASS | i << ENTRY_SHIFT, before);
                    c.direct = after;
                }
            }
        }
    }
    NONE
}

/// `obj.name` looked up for a call at a site with cache `c`, before the call's arguments are
/// evaluated (as CPython does: a missing method is an AttributeError before any argument
/// runs). Returns the callable; `*io` holds the site's number of positional arguments on entry
/// (`usize::MAX` with keywords) and on return 1 when the callable is to be called with `obj`
/// first (a function of the class, a built-in type's method: no bound method made), else 0.
///
/// # Safety
/// As [`rt_getattr_ic`]; `io` points at a writable word.
#[no_mangle]
pub unsafe extern "C" fn rt_load_method(obj: Value, name: Value, c: *mut Cache, io: *mut usize) -> Value {
    let c = &mut *c;
    if matches!(c.mode(), TYPE_ATTR | MODULE_ATTR | MODULE_GLOBAL) {
        if let Some(f) = of_object(obj, c) {
            *io = 0;
            return f;
        }
    } else if c.for_type_of(obj) {
        let found = match c.mode() {
            METHOD if not_shadowed(obj, name) => Some((c.value, 1)),
            NATIVE => Some((c.value, 1)),
            INST => at_slot(obj, c).map(|p| (*p, 0)),
            CLASS_VALUE if not_shadowed(obj, name) => Some((c.value, 0)),
            _ => None,
        };
        if let Some((f, how)) = found {
            *io = how;
            return f;
        }
    }
    let npos = *io;
    fill(obj, name, c, (npos != usize::MAX).then_some(npos));
    ret(crate::func::load_method(obj, name).map(|(f, self_first)| {
        *io = self_first as usize;
        f
    }))
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
    // The common hit kept apart: a built-in type's method (`list.append`, `str.join`, …)
    // called with positional arguments.
    let e = &*c;
    if kwnames == 0 && e.mode() == NATIVE {
        let obj = *argv;
        if e.key == type_of_fast(obj) as *const TypeObj as usize {
            // (Its argument count was checked when the entry was made: `fill`.)
            return ret((body::<NativeObj>(e.value).f)(words(argv, 1 + npos), &Kw::NONE));
        }
    }
    call_method_ic(name, argv, npos, kwnames, &mut *c)
}

#[inline(never)]
unsafe fn call_method_ic(name: Value, argv: *const Value, npos: usize, kwnames: Value, c: &mut Cache) -> Value {
    let names: &[Value] = if kwnames != 0 { tuple_items(kwnames) } else { &[] };
    let all = words(argv, 1 + npos + names.len());
    let kw = Kw { names, values: &all[1 + npos..] };
    let args = &all[..1 + npos];
    let obj = args[0];
    if matches!(c.mode(), TYPE_ATTR | MODULE_ATTR | MODULE_GLOBAL) {
        if let Some(f) = of_object(obj, c) {
            return ret(call(f, &args[1..], &kw));
        }
    } else if c.for_type_of(obj) {
        match c.mode() {
            METHOD if not_shadowed(obj, name) => {
                let f: &FuncObj = body(c.value);
                if names.is_empty() && f.takes_exactly(npos + 1) {
                    let r = crate::func::invoke(f, args);
                    return r;
                }
                return ret(call(c.value, args, &kw));
            }
            NATIVE => return ret(body::<NativeObj>(c.value).call(args, &kw)),
            INST => {
                if let Some(p) = at_slot(obj, c) {
                    return ret(call(*p, &args[1..], &kw));
                }
            }
            CLASS_VALUE if not_shadowed(obj, name) => return ret(call(c.value, &args[1..], &kw)),
            _ => {}
        }
    }
    fill(obj, name, c, names.is_empty().then_some(npos));
    ret(call_method(obj, name, args, &kw))
}
