//! Calling and attributes: compiled functions and closures, built-in functions, bound methods,
//! argument binding, classes (C3 MRO), instances, properties, `super()`.

use crate::dict;
use crate::exc::*;
use crate::list::{new_tuple, tuple_items};
use crate::object::*;
use crate::str::{as_str, from_str};
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

/// A function the runtime provides: positional arguments (a method's object first), keywords.
pub type NativeFn = fn(&[Value], &Kw) -> R;

/// Keyword arguments: names (str values) and values, index for index.
pub struct Kw<'a> {
    pub names: &'a [Value],
    pub values: &'a [Value],
}

impl Kw<'_> {
    pub const NONE: Kw<'static> = Kw { names: &[], values: &[] };

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.names.iter().position(|&n| as_str(n) == Some(name)).map(|i| self.values[i])
    }

    /// The positional arguments of a built-in whose parameters `params` may also be passed by
    /// name (`round(number=2.5)`): `args`, then the keywords in their places (an optional one
    /// left out before a given one is None); CPython's TypeErrors for a name not among them,
    /// one given twice, or a missing one of the first `required`.
    #[cold]
    pub fn positional(&self, func: &str, args: &[Value], params: &[&str], required: usize) -> R<Vec<Value>> {
        let mut out: Vec<Option<Value>> = args.iter().map(|&v| Some(v)).collect();
        // (A missing argument is reported before one given twice, as CPython's.)
        let mut twice = None;
        for (&n, &v) in self.names.iter().zip(self.values) {
            let name = as_str(n).unwrap_or("");
            let Some(i) = params.iter().position(|&p| p == name) else {
                return Err(raise(&TYPE_ERROR, alloc::format!("{func}() got an unexpected keyword argument '{name}'")));
            };
            if out.len() <= i {
                out.resize(i + 1, None);
            }
            if out[i].is_some() {
                twice = twice.or(Some((name, i)));
            } else {
                out[i] = Some(v);
            }
        }
        if let Some(i) = (0..required.min(params.len())).find(|&i| out.get(i).copied().flatten().is_none()) {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("{func}() missing required argument '{}' (pos {})", params[i], i + 1),
            ));
        }
        if let Some((name, i)) = twice {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("argument for {func}() given by name ('{name}') and position ({})", i + 1),
            ));
        }
        Ok(out.into_iter().map(|v| v.unwrap_or(NONE)).collect())
    }

    /// Raises TypeError unless every keyword is one of `allowed`.
    pub fn only(&self, func: &str, allowed: &[&str]) -> R<()> {
        for &n in self.names {
            let n = as_str(n).unwrap_or("");
            if !allowed.contains(&n) {
                return Err(raise(&TYPE_ERROR, alloc::format!("{func}() got an unexpected keyword argument '{n}'")));
            }
        }
        Ok(())
    }
}

/// A built-in function or method, in read-only data.
#[repr(C)]
pub struct NativeObj {
    pub header: Header,
    pub name: &'static str,
    pub f: NativeFn,
    /// The positional arguments it takes, a method's object included: `min` to `min + span`
    /// (a span of [`ANY`]: no limit), checked by [`NativeObj::call`] before `f` runs (which
    /// may then index them freely).
    pub min: u8,
    pub span: u8,
    /// Whether the first argument is a method's object (the counts in messages leave it out).
    pub method: bool,
    /// Which keyword arguments it takes ([`keywords`]): one that takes none raises CPython's
    /// TypeError when given any, before `f` runs.
    pub keywords: u8,
}
unsafe impl Sync for NativeObj {}

/// A built-in type's (or module's) table of methods, `&'static [NativeObj]`. On a board the
/// table lies in a section of its own named from [`METHODS_SECTION`], where the linker leaves
/// out each method whose name the program never mentions (its entry then calls
/// [`rt_method_not_linked`]): see `compiler/src/link/prune.rs`.
#[macro_export]
macro_rules! methods {
    // A table whose special methods too are kept only where the program names them (the
    // section's name says so: see `compiler/src/link/prune.rs`).
    (@named $($entry:expr),* $(,)?) => {{
        #[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.named.", module_path!(), ".", line!()))]
        static TABLE: [$crate::func::NativeObj; [$(stringify!($entry)),*].len()] = [$($entry),*];
        &TABLE
    }};
    ($($entry:expr),* $(,)?) => {{
        #[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
        static TABLE: [$crate::func::NativeObj; [$(stringify!($entry)),*].len()] = [$($entry),*];
        &TABLE
    }};
}

/// The start of the names of the method tables' sections ([`methods!`]): one section per
/// table, so that a table nothing refers to is left out with its methods.
pub const METHODS_SECTION: &str = ".rodata.mpyc.methods.";

/// What a method the linker left out does when called (its name was computed at run time,
/// e.g. `getattr(s, "up" + "per")`): NotImplementedError, saying how to keep it.
#[no_mangle]
pub fn rt_method_not_linked(_args: &[Value], _kw: &Kw) -> R {
    // (Which one is not known here: the entry's function is all that was called.)
    Err(raise(
        &NOT_IMPLEMENTED_ERROR,
        "this built-in method was left out of the firmware: the program names it only at run time (name it in the source, or build with --keep-methods)",
    ))
}

/// `NativeObj::min` of a module's type entry (no function takes that many arguments).
const TYPE_ENTRY: u8 = u8::MAX;

/// The most arguments of a built-in taking any number of them.
pub const ANY: u8 = u8::MAX;

impl NativeObj {
    /// A built-in that checks its own arguments.
    pub const fn new(name: &'static str, f: NativeFn) -> NativeObj {
        NativeObj {
            header: Header::of(&NATIVE_TYPE),
            name,
            f,
            min: 0,
            span: ANY,
            method: false,
            keywords: keywords::NAMED,
        }
    }

    /// A built-in type's method taking `min` to `max` positional arguments besides its object
    /// (`max` [`ANY`]: no limit), as CPython's does.
    pub const fn method(name: &'static str, min: u8, max: u8, f: NativeFn) -> NativeObj {
        let span = if max == ANY { ANY } else { max - min };
        NativeObj {
            header: Header::of(&NATIVE_TYPE),
            name,
            f,
            min: min + 1,
            span,
            method: true,
            keywords: keywords::NONE,
        }
    }

    /// A built-in function taking `min` to `max` positional arguments (`max` [`ANY`]: no
    /// limit), as CPython's does.
    pub const fn function(name: &'static str, min: u8, max: u8, f: NativeFn) -> NativeObj {
        let span = if max == ANY { ANY } else { max - min };
        NativeObj { header: Header::of(&NATIVE_TYPE), name, f, min, span, method: false, keywords: keywords::NONE }
    }

    /// This built-in taking keyword arguments too, whose names `f` checks.
    pub const fn keywords(mut self) -> NativeObj {
        self.keywords = keywords::EXTRA;
        self
    }

    /// This built-in taking its positional parameters by name too (`round(number=2.5)`): `f`
    /// binds them ([`Kw::positional`]), so it is called with fewer positional arguments
    /// than it takes when keywords come with them.
    pub const fn named(mut self) -> NativeObj {
        self.keywords = keywords::NAMED;
        self
    }

    /// A module's type as an entry of its function table, so that the linker leaves the type
    /// out (its constructor and methods with it) when the program never names it: `f` gives
    /// the type; the module's attribute is the type, not the entry (`modules::getattr`).
    pub const fn type_entry(name: &'static str, f: NativeFn) -> NativeObj {
        NativeObj {
            header: Header::of(&NATIVE_TYPE),
            name,
            f,
            min: TYPE_ENTRY,
            span: 0,
            method: false,
            keywords: keywords::NONE,
        }
    }

    /// Whether this is a [`NativeObj::type_entry`].
    pub fn is_type_entry(&self) -> bool {
        self.min == TYPE_ENTRY && self.span == 0
    }

    pub fn as_value(&'static self) -> Value {
        self as *const NativeObj as Value
    }

    /// Whether it takes `n` positional arguments (a method's object included).
    #[inline(always)]
    pub fn takes(&self, n: usize) -> bool {
        // `min <= n <= max` in one comparison (and past 255 more, a span of ANY: no limit).
        n.wrapping_sub(self.min as usize) <= self.span as usize || (self.span == ANY && n >= self.min as usize)
    }

    /// Calls it, once its positional arguments are counted.
    #[inline(always)]
    pub fn call(&self, args: &[Value], kw: &Kw) -> R {
        if !self.takes(args.len()) || !(kw.is_empty() || self.keywords != keywords::NONE) {
            return self.miscounted(args, kw);
        }
        (self.f)(args, kw)
    }

    /// [`NativeObj::call`] with a count outside the range or keywords it does not take: too
    /// few positional arguments may be made up by keywords (`f` checks those); anything else
    /// is CPython's TypeError.
    #[cold]
    #[inline(never)]
    fn miscounted(&self, args: &[Value], kw: &Kw) -> R {
        let n = args.len();
        let own = self.method as usize;
        if !(kw.is_empty() || self.keywords != keywords::NONE || self.method && n == 0) {
            let name = match (self.method, crate::modules::module_of(self)) {
                (true, _) => alloc::format!("{}.{}", method_owner(self), self.name),
                (false, Some(m)) => alloc::format!("{}.{}", m, self.name),
                (false, None) => String::from(self.name),
            };
            return Err(raise(&TYPE_ERROR, alloc::format!("{name}() takes no keyword arguments")));
        }
        let named = self.keywords == keywords::NAMED;
        if n < self.min as usize && !kw.names.is_empty() && (n >= 1 || !self.method) && named {
            return (self.f)(args, kw);
        }
        if self.method && n == 0 {
            unbound_method_check(self)?;
            return Err(raise(&TYPE_ERROR, alloc::format!("unbound method {}() needs an argument", self.name)));
        }
        let min = self.min as usize - own;
        let max = if self.span == ANY { usize::MAX } else { min + self.span as usize };
        let name = if self.method && max <= 1 && min == max {
            alloc::format!("{}.{}", method_owner(self), self.name)
        } else if let (Some(m), true) = (crate::modules::module_of(self), max <= 1 && min == max) {
            alloc::format!("{}.{}", m, self.name)
        } else {
            String::from(self.name)
        };
        Err(crate::list::arity_error(&name, min, max, n - own))
    }
}

/// What keyword arguments a built-in takes ([`NativeObj::keywords`]).
pub mod keywords {
    /// None.
    pub const NONE: u8 = 0;
    /// Keywords besides its positional arguments (`sorted(x, key=f)`), whose names `f` checks.
    pub const EXTRA: u8 = 1;
    /// Its positional parameters by name too: `f` binds them.
    pub const NAMED: u8 = 2;
}

/// Flags of a compiled function ([`FuncObj::flags`]).
pub mod flags {
    /// Takes `*args`.
    pub const VARARGS: usize = 1;
    /// Takes `**kwargs`.
    pub const VARKW: usize = 2;
    /// Its code takes the function object first (it reads closure cells).
    pub const ENV: usize = 4;
    /// Calling it makes a generator.
    pub const GENERATOR: usize = 8;
    /// Its code takes one argument, the address of its parameters' values in order: it has
    /// more than [`super::MAX_PARAMS`] of them (with the function object).
    pub const PACKED: usize = 16;
    /// An `async def` (with [`GENERATOR`]): calling it makes a coroutine.
    pub const COROUTINE: usize = 32;
    /// Its info record keeps its docstring after the parameters' names (the program reads
    /// `__doc__`).
    pub const DOC: usize = 64;
}

/// A compiled Python function (a `def` or `lambda`).
#[repr(C)]
pub struct FuncObj {
    pub header: Header,
    pub code: usize,
    /// Its name, qualified name and parameters' names, and its module's file.
    pub info: *const Info,
    pub nargs: usize,
    pub nkwonly: usize,
    pub flags: usize,
    /// Defaults of the last positional parameters (a tuple, or 0).
    pub defaults: Value,
    /// Defaults of keyword-only parameters (a dict, or 0).
    pub kwdefaults: Value,
    /// The closure's cells (a tuple, or 0).
    pub cells: Value,
    /// What generated code compares to decide that a call goes straight to the code: the
    /// parameter count when the function takes exactly its positional parameters (plus
    /// [`DIRECT_ENV`] when its code takes the function first), else `usize::MAX`.
    pub direct: usize,
    pub dict: Value,
}

/// Added to [`FuncObj::direct`] when the code takes the function object first.
pub const DIRECT_ENV: usize = 0x100;

impl FuncObj {
    /// Whether calling it with exactly `n` positional arguments and nothing else needs no
    /// binding: its code takes them as they are.
    #[inline(always)]
    pub fn takes_exactly(&self, n: usize) -> bool {
        self.nargs == n
            && self.nkwonly == 0
            && self.flags & (flags::VARARGS | flags::VARKW | flags::GENERATOR | flags::ENV | flags::PACKED) == 0
    }
    pub fn total_params(&self) -> usize {
        self.nargs
            + self.nkwonly
            + (self.flags & flags::VARARGS != 0) as usize
            + (self.flags & flags::VARKW != 0) as usize
    }
    pub fn func_name(&self) -> &'static str {
        unsafe { &*self.info }.name()
    }
    /// The qualified name (`Class.method`, `outer.<locals>.inner`) messages use.
    pub fn qualname(&self) -> &'static str {
        unsafe { &*self.info }.qualname()
    }
    /// The name of parameter `i`: positional, keyword-only, `*args`, `**kwargs`, in order.
    pub fn param(&self, i: usize) -> &'static str {
        let raw = self.param_entry(i);
        raw.strip_suffix('/').unwrap_or(raw)
    }
    /// Whether parameter `i` is positional-only: its info record's name ends in `/`.
    pub fn posonly(&self, i: usize) -> bool {
        self.param_entry(i).ends_with('/')
    }
    fn param_entry(&self, i: usize) -> &'static str {
        unsafe { &*self.info }.strings().nth(2 + i).unwrap_or("?")
    }
    /// Its docstring, when the program keeps them ([`flags::DOC`]): after the parameters.
    pub fn doc(&self) -> Option<&'static str> {
        if self.flags & flags::DOC == 0 {
            return None;
        }
        unsafe { &*self.info }.strings().nth(2 + self.total_params())
    }
}

/// A compiled function's info record, in read-only data, which its function objects and its
/// traceback frames share: its module's file name, then its name, its qualified name (empty
/// when that is the name) and its parameters' names, each NUL-terminated.
#[repr(C)]
pub struct Info {
    file: *const u8,
    names: [u8; 0],
}

impl Info {
    pub fn file(&self) -> &'static str {
        unsafe { cstr(self.file) }
    }
    fn strings(&self) -> impl Iterator<Item = &'static str> {
        let mut p = self.names.as_ptr();
        core::iter::from_fn(move || {
            let s = unsafe { cstr(p) };
            p = unsafe { p.add(s.len() + 1) };
            Some(s)
        })
    }
    pub fn name(&self) -> &'static str {
        self.strings().next().unwrap_or("?")
    }
    /// Its module's name (`__main__` for the main module's), which follows the file name.
    pub fn module(&self) -> &'static str {
        unsafe { cstr(self.file.add(cstr(self.file).len() + 1)) }
    }
    pub fn qualname(&self) -> &'static str {
        match self.strings().nth(1) {
            Some("") | None => self.name(),
            Some(q) => q,
        }
    }
}

#[repr(C)]
pub struct BoundMethod {
    pub header: Header,
    pub func: Value,
    pub obj: Value,
}

#[repr(C)]
pub struct CellObj {
    pub header: Header,
    pub value: Value,
}

/// property, staticmethod and classmethod: wrappers around functions.
#[repr(C)]
pub struct WrapperObj {
    pub header: Header,
    pub func: Value,
    pub fset: Value,
    /// A property's deleter; of one given `doc=`, a cell holding the pair (deleter, doc), so
    /// that every wrapper stays four words (one block of the heap): see [`WrapperObj::deleter`].
    pub fdel: Value,
}

impl WrapperObj {
    /// A property's deleter (None without one).
    pub fn deleter(&self) -> Value {
        self.doc_pair().map_or(self.fdel, |p| p[0])
    }

    /// A property's docstring given as `doc=`, or None: its getter's is its own.
    pub fn doc(&self) -> Value {
        self.doc_pair().map_or(NONE, |p| p[1])
    }

    fn doc_pair(&self) -> Option<&[Value]> {
        (is_ptr(self.fdel) && kind_of(self.fdel) == Kind::Cell)
            .then(|| tuple_items(unsafe { body::<CellObj>(self.fdel) }.value))
    }
}

/// A new property of these parts.
fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> R {
    let fdel = if doc == NONE {
        fdel
    } else {
        let pair = new_tuple(&[fdel, doc])?;
        alloc(CellObj { header: Header::of(&CELL_TYPE), value: pair })?
    };
    alloc(WrapperObj { header: Header::of(&PROPERTY_TYPE), func: fget, fset, fdel })
}

/// An instance of a class (or of `object`), followed by the slots it was made with.
#[repr(C)]
pub struct InstanceObj {
    pub header: Header,
    /// Its own attributes: a shape (their names, the values in `slots`: see `shape`), or a
    /// dict of names and values once slots would not do, or 0 (none, and no slots).
    pub attrs: Value,
    /// `cap` words for the values of the attributes a shape names: right after this header,
    /// or once they outgrew that, an array of their own.
    pub slots: *mut Value,
    /// Nonzero once the instance has an attribute that its class (at the time) also has: only
    /// then can an attribute of its own hide a method (see `icache`).
    pub shadows: u16,
    pub cap: u16,
}

#[repr(C)]
pub struct SuperObj {
    pub header: Header,
    pub cls: Value,
    pub obj: Value,
}

pub static SUPER_TYPE: TypeObj =
    TypeObj::builtin("super", Kind::Object, Some(&OBJECT_TYPE), &[], Some(&Some(super_new)));

/// `type(x)` with one argument; three-argument `type` is not supported.
pub fn type_new(args: &[Value], _kw: &Kw) -> R {
    match args.len() {
        2 => Ok(type_of(args[1]).as_value()),
        // `type(name, bases, dict)`: a class, as a class statement makes it.
        4 => {
            if as_str(args[1]).is_none() {
                return Err(raise(
                    &TYPE_ERROR,
                    alloc::format!("type.__new__() argument 1 must be str, not {}", type_name(args[1])),
                ));
            }
            if !is_ptr(args[2]) || ptr_kind(args[2]) != Kind::Tuple {
                return Err(raise(
                    &TYPE_ERROR,
                    alloc::format!("type.__new__() argument 2 must be tuple, not {}", type_name(args[2])),
                ));
            }
            if !is_ptr(args[3]) || ptr_kind(args[3]) != Kind::Dict {
                return Err(raise(
                    &TYPE_ERROR,
                    alloc::format!("type.__new__() argument 3 must be dict, not {}", type_name(args[3])),
                ));
            }
            // (Behind the gate of the name `type`, `crate::gate`: a program that neither calls
            // `type` nor has a class statement (which links `make_class` itself) never makes a
            // class.)
            let Some(make_class) = crate::gated!("type", make_class, fn(Value, Value, Value, Value) -> R) else {
                return Err(crate::gate::left_out("type(name, bases, dict)"));
            };
            let cls = make_class(args[1], args[2], dict::copy(args[3])?, 0)?;
            // `type.__new__(Meta, …)` from a metaclass of the program's: a class of `Meta`.
            // (Marked as a class with a `__new__`, so that calls of it take the general path,
            // which asks the metaclass for a `__call__`.)
            if let Some(meta) = as_type(args[0]).filter(|m| m.is_class() && m.kind == Kind::Type) {
                let c = unsafe { body::<TypeObj>(cls) };
                c.header = Header::of(meta);
                c.new = USER_NEW;
                if lookup_class(meta, "__instancecheck__").is_some()
                    || lookup_class(meta, "__subclasscheck__").is_some()
                {
                    c.hooks.set(c.hooks.get() | HOOKS_INSTANCECHECK);
                }
            }
            Ok(cls)
        }
        _ => Err(raise(&TYPE_ERROR, "type() takes 1 or 3 arguments")),
    }
}

/// The `__call__` of class `cls`'s metaclass, when that is a class of the program's with one.
#[cold]
fn metaclass_call(cls: Value) -> Option<Value> {
    let meta = type_of(cls);
    if meta.is_class() {
        lookup_name(meta, crate::name!("__call__"))
    } else {
        None
    }
}

/// `type`'s methods, for a metaclass's `super()` calls: `__new__(mcs, name, bases, ns)`,
/// `__init__`, and `__call__(cls, *args)` (making an instance as calling the class does).
pub static TYPE_METHODS: &[NativeObj] = crate::methods![@named
    NativeObj::new("__new__", |a, kw| match a.len() {
        4 => type_new(a, kw),
        _ => Err(raise(&TYPE_ERROR, "type.__new__() takes exactly 3 arguments")),
    }),
    NativeObj::new("__init__", |_, _| Ok(NONE)),
    // `C.mro()`: its method resolution order, as a list.
    NativeObj::method("mro", 0, 0, |a, _| match as_type(a[0]) {
        Some(t) => crate::list::new_list(&t.mro_iter().map(|c| c.as_value()).collect::<Vec<_>>()),
        None => Err(raise(&TYPE_ERROR, "descriptor 'mro' of 'type' object needs a type")),
    }),
    NativeObj::method("__subclasses__", 0, 0, subclasses),
    // `type.__prepare__(name, bases, **kw)`: a new dict (what `super().__prepare__(…)` in a
    // metaclass's own gives).
    NativeObj::new("__prepare__", |_, _| dict::new_dict()),
    NativeObj::new("__call__", |a, kw| match a.first().and_then(|&t| as_type(t)) {
        Some(t) if t.is_class() => construct(t, &a[1..], kw),
        Some(t) => call(t.as_value(), &a[1..], kw),
        None => Err(raise(&TYPE_ERROR, "descriptor '__call__' requires a 'type' object")),
    }),
];

/// `object()`.
pub fn object_new(args: &[Value], _kw: &Kw) -> R {
    if args.len() > 1 {
        return Err(raise(&TYPE_ERROR, "object() takes no arguments"));
    }
    alloc(InstanceObj { header: Header::of(&OBJECT_TYPE), attrs: 0, slots: core::ptr::null_mut(), shadows: 0, cap: 0 })
}

fn wrapper(ty: &'static TypeObj, args: &[Value], name: &str) -> R {
    if args.len() != 2 {
        return Err(raise(&TYPE_ERROR, alloc::format!("{name} expected 1 argument, got {}", args.len() - 1)));
    }
    alloc(WrapperObj { header: Header::of(ty), func: args[1], fset: NONE, fdel: NONE })
}

pub fn staticmethod_new(args: &[Value], _kw: &Kw) -> R {
    wrapper(&STATICMETHOD_TYPE, args, "staticmethod")
}

pub fn classmethod_new(args: &[Value], _kw: &Kw) -> R {
    wrapper(&CLASSMETHOD_TYPE, args, "classmethod")
}

/// `staticmethod.__get__(obj, type=None)`: its function, whatever it is looked up through.
pub static STATICMETHOD_METHODS: &[NativeObj] = crate::methods![@named
    NativeObj::method("__get__", 1, 2, |a, _| {
        wrapper_get_args(a)?;
        Ok(unsafe { body::<WrapperObj>(a[0]) }.func)
    }),
];

/// `classmethod.__get__(obj, type=None)`: its function bound to `type`, or to `obj`'s type
/// without one (as a class attribute lookup binds it).
pub static CLASSMETHOD_METHODS: &[NativeObj] = crate::methods![@named
    NativeObj::method("__get__", 1, 2, |a, _| {
        let cls = wrapper_get_args(a)?;
        let func = unsafe { body::<WrapperObj>(a[0]) }.func;
        alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func, obj: cls })
    }),
];

/// The class a static or class method's `__get__(obj, type=None)` is looked up through:
/// `type`, else `obj`'s type; TypeError for neither (CPython's descriptor wrapper's check).
fn wrapper_get_args(a: &[Value]) -> R {
    match (a[1], a.get(2).copied().unwrap_or(NONE)) {
        (NONE, NONE) => Err(raise(&TYPE_ERROR, "__get__(None, None) is invalid")),
        (obj, NONE) => Ok(type_of(obj).as_value()),
        (_, cls) => Ok(cls),
    }
}

pub fn property_new(args: &[Value], kw: &Kw) -> R {
    let get = |i: usize, name: &str| args.get(i).copied().or_else(|| kw.get(name)).unwrap_or(NONE);
    new_property(get(1, "fget"), get(2, "fset"), get(3, "fdel"), get(4, "doc"))
}

fn property_with(args: &[Value], which: usize) -> R {
    let p: &WrapperObj = unsafe { body(args[0]) };
    let mut parts = [p.func, p.fset, p.deleter()];
    parts[which] = *args.get(1).unwrap_or(&NONE);
    new_property(parts[0], parts[1], parts[2], p.doc())
}

pub static PROPERTY_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("getter", |a, _| property_with(a, 0)),
    NativeObj::new("setter", |a, _| property_with(a, 1)),
    NativeObj::new("deleter", |a, _| property_with(a, 2)),
    // `prop.__get__(obj, type=None)`: the property itself for no object, else its getter's value.
    NativeObj::method("__get__", 1, 2, |a, _| if a[1] == NONE { Ok(a[0]) } else { bind_attr(a[0], a[1], NONE) }),
    NativeObj::method("__set__", 2, 2, |a, _| property_call(a[0], 1, &a[1..], "setter")),
    NativeObj::method("__delete__", 1, 1, |a, _| property_call(a[0], 2, &a[1..], "deleter")),
];

/// A property's setter (`part` 1) or deleter (2) called with `args`: AttributeError without one.
fn property_call(p: Value, part: usize, args: &[Value], what: &str) -> R {
    let w: &WrapperObj = unsafe { body(p) };
    let f = if part == 1 { w.fset } else { w.deleter() };
    if f == NONE || f == 0 {
        return Err(no_accessor(p, args[0], what));
    }
    call(f, args, &Kw::NONE).map(|_| NONE)
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
pub fn method_new(args: &[Value], kw: &Kw) -> R {
    kw.only("method", &[])?;
    let [_, func, obj] = args else {
        return Err(raise(&TYPE_ERROR, alloc::format!("method expected 2 arguments, got {}", args.len() - 1)));
    };
    if !is_callable(*func) {
        return Err(raise(&TYPE_ERROR, "first argument must be callable"));
    }
    if *obj == NONE {
        return Err(raise(&TYPE_ERROR, "instance must not be None"));
    }
    alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: *func, obj: *obj })
}

fn super_new(args: &[Value], _kw: &Kw) -> R {
    if args.len() != 3 {
        return Err(raise(&RUNTIME_ERROR, "super(): no arguments"));
    }
    let Some(cls) = as_type(args[1]) else {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("super() argument 1 must be a type, not {}", type_name(args[1])),
        ));
    };
    let obj = args[2];
    if !type_of(obj).is_subtype(cls) && !as_type(obj).is_some_and(|t| t.is_subtype(cls)) {
        return Err(raise(&TYPE_ERROR, "super(type, obj): obj must be an instance or subtype of type"));
    }
    alloc(SuperObj { header: Header::of(&SUPER_TYPE), cls: args[1], obj: args[2] })
}

/// `super()` in a method of `cls` whose first parameter is `obj`.
#[no_mangle]
pub extern "C" fn rt_super(cls: Value, obj: Value) -> Value {
    ret(super_new(&[0, cls, obj], &Kw::NONE))
}

/// Turns an internal result into what generated code receives.
pub fn ret(r: R) -> Value {
    r.unwrap_or(EXC)
}

// ---------------------------------------------------------------------------------------------
// Calling

/// Calls the machine code of compiled function `f` with its parameters' values `a` (the
/// function object first when its code takes it): in registers and on the stack, or, for a
/// function of more parameters than that takes ([`flags::PACKED`]), by their address.
///
/// Every way from the runtime into compiled code passes here: it checks the stack as compiled
/// functions check it before their own calls (`crate::stack`).
#[inline(never)]
pub(crate) unsafe fn invoke(f: &FuncObj, a: &[Value]) -> Value {
    if crate::stack::exhausted() {
        return crate::stack::rt_stack_overflow();
    }
    let code = f.code;
    // Up to four in registers, from a frame that needs no room for arguments on the stack.
    match a.len() {
        0 => core::mem::transmute::<usize, extern "C" fn() -> Value>(code)(),
        1 => core::mem::transmute::<usize, extern "C" fn(Value) -> Value>(code)(a[0]),
        2 => core::mem::transmute::<usize, extern "C" fn(Value, Value) -> Value>(code)(a[0], a[1]),
        3 => core::mem::transmute::<usize, extern "C" fn(Value, Value, Value) -> Value>(code)(a[0], a[1], a[2]),
        4 => core::mem::transmute::<usize, extern "C" fn(Value, Value, Value, Value) -> Value>(code)(
            a[0], a[1], a[2], a[3],
        ),
        _ => invoke_many(code, a),
    }
}

/// [`invoke`] of code that takes more than four values.
#[inline(never)]
unsafe fn invoke_many(code: usize, a: &[Value]) -> Value {
    macro_rules! arity {
        ($($n:literal => ($($i:literal),*)),*) => {
            match a.len() {
                $($n => {
                    let f: extern "C" fn($(arity!(@ty $i)),*) -> Value = core::mem::transmute(code);
                    f($(a[$i]),*)
                })*
                // More than MAX_PARAMS: the function is PACKED (no flag to test: the count says).
                _ => {
                    let g: extern "C" fn(*const Value) -> Value = core::mem::transmute(code);
                    g(a.as_ptr())
                }
            }
        };
        (@ty $i:literal) => { Value };
    }
    arity!(5 => (0, 1, 2, 3, 4),
        6 => (0, 1, 2, 3, 4, 5), 7 => (0, 1, 2, 3, 4, 5, 6), 8 => (0, 1, 2, 3, 4, 5, 6, 7),
        9 => (0, 1, 2, 3, 4, 5, 6, 7, 8), 10 => (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
        11 => (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 12 => (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        13 => (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 14 => (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
        15 => (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14),
        16 => (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))
}

/// The most parameters (after binding, with the function object) a compiled function takes in
/// registers and on the stack; one of more takes their address ([`flags::PACKED`]).
pub const MAX_PARAMS: usize = 16;

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        alloc::format!("{n} {word}")
    } else {
        alloc::format!("{n} {word}s")
    }
}

fn names_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| alloc::format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => alloc::format!("{} and {}", q[0], q[1]),
        n => alloc::format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// `a, b, c`.
fn names_joined(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(n);
    }
    out
}

/// Binds call arguments to a compiled function's parameters, as CPython does.
///
/// `out` has room for the function object and every parameter.
#[inline(never)]
fn bind(fv: Value, f: &FuncObj, args: &[Value], kw: &Kw, out: &mut [Value]) -> R<usize> {
    // Only error messages need the name: it is found (a walk over the info record) then.
    let name = Lazy(|| f.qualname());
    let env = (f.flags & flags::ENV != 0) as usize;
    if env == 1 {
        out[0] = fv;
    }
    let slots = &mut out[env..];
    let (np, nk) = (f.nargs, f.nkwonly);
    let varargs = f.flags & flags::VARARGS != 0;
    let varkw = f.flags & flags::VARKW != 0;
    for s in slots.iter_mut().take(f.total_params()) {
        *s = 0;
    }
    if args.len() > np && !varargs {
        let ndef = if f.defaults != 0 { tuple_items(f.defaults).len() } else { 0 };
        let takes = if ndef > 0 {
            alloc::format!("from {} to {} positional arguments", np.saturating_sub(ndef), np)
        } else {
            plural(np, "positional argument")
        };
        let given = args.len();
        let was = if given == 1 { "was" } else { "were" };
        return Err(raise(&TYPE_ERROR, alloc::format!("{name}() takes {takes} but {given} {was} given")));
    }
    for (i, &a) in args.iter().take(np).enumerate() {
        slots[i] = a;
    }
    let mut idx = np + nk;
    if varargs {
        let extra = if args.len() > np { &args[np..] } else { &[] };
        slots[idx] = new_tuple(extra)?;
        idx += 1;
    }
    if varkw {
        slots[idx] = dict::new_dict()?;
    }
    // (Positional-only parameters' names passed as keywords: into `**kwargs`, else an error.)
    let mut posonly_named = Vec::new();
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        let key = as_str(k).unwrap_or("");
        match (0..np + nk).find(|&i| f.param(i) == key) {
            Some(i) if f.posonly(i) && varkw => dict::set_item(slots[idx], k, v)?,
            Some(i) if f.posonly(i) => posonly_named.push(f.param(i)),
            Some(i) => {
                if slots[i] != 0 {
                    return Err(raise(
                        &TYPE_ERROR,
                        alloc::format!("{name}() got multiple values for argument '{key}'"),
                    ));
                }
                slots[i] = v;
            }
            None if varkw => dict::set_item(slots[idx], k, v)?,
            // (A positional-only parameter's name given too is reported first, as CPython.)
            None if posonly_named.is_empty()
                && !kw.names.iter().any(|&k| (0..np).any(|i| f.posonly(i) && Some(f.param(i)) == as_str(k))) =>
            {
                return Err(raise(&TYPE_ERROR, alloc::format!("{name}() got an unexpected keyword argument '{key}'")))
            }
            None => {}
        }
    }
    if !posonly_named.is_empty() {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                names_joined(&posonly_named)
            ),
        ));
    }
    let defaults: &[Value] = if f.defaults != 0 { tuple_items(f.defaults) } else { &[] };
    // (The last ones: `__defaults__` may have been given more than there are parameters.)
    let defaults = &defaults[defaults.len().saturating_sub(np)..];
    let first_default = np - defaults.len();
    let mut missing = Vec::new();
    for i in 0..np {
        if slots[i] == 0 {
            if i >= first_default {
                slots[i] = defaults[i - first_default];
            } else {
                missing.push(f.param(i));
            }
        }
    }
    if !missing.is_empty() {
        let what = if missing.len() == 1 { "argument" } else { "arguments" };
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("{name}() missing {} required positional {what}: {}", missing.len(), names_list(&missing)),
        ));
    }
    #[allow(clippy::needless_range_loop)]
    for i in np..np + nk {
        if slots[i] == 0 {
            let pname = f.param(i);
            let d = if f.kwdefaults != 0 { dict::get_str(f.kwdefaults, pname) } else { None };
            match d {
                Some(v) => slots[i] = v,
                None => missing.push(pname),
            }
        }
    }
    if !missing.is_empty() {
        let what = if missing.len() == 1 { "argument" } else { "arguments" };
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("{name}() missing {} required keyword-only {what}: {}", missing.len(), names_list(&missing)),
        ));
    }
    Ok(env + f.total_params())
}

/// A value computed when it is formatted.
struct Lazy<F>(F);

impl<F: Fn() -> &'static str> core::fmt::Display for Lazy<F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str((self.0)())
    }
}

/// Calls any callable with positional arguments and keywords.
pub fn call(f: Value, args: &[Value], kw: &Kw) -> R {
    // The common call, in a small frame: a function taking exactly these positional
    // arguments, nothing to bind.
    if is_ptr(f) && ptr_kind(f) == Kind::Function && kw.names.is_empty() {
        let fo: &FuncObj = unsafe { body(f) };
        if fo.takes_exactly(args.len()) && fo.flags & flags::ENV == 0 {
            let r = unsafe { invoke(fo, args) };
            return if r == EXC { Err(Exc) } else { Ok(r) };
        }
    }
    call_general(f, args, kw)
}

/// [`call`] of anything: arguments bound to parameters, generators, natives, bound methods,
/// types and objects with `__call__`.
///
/// Each way is a function of its own, so that a call through here holds on the stack only the
/// buffer its own way needs, and the ways that need none end in a tail call: a recursion
/// through the runtime (defaults to fill, `__call__`, a decorator's wrapper) pays a few words
/// per level where one frame for all of them cost 248 bytes (`tests/heap/recursion_depth.py`).
#[inline(never)]
fn call_general(f: Value, args: &[Value], kw: &Kw) -> R {
    match kind_of(f) {
        Kind::Function => raw(unsafe { call_function(f, args, kw) }),
        Kind::Native => {
            let n: &NativeObj = unsafe { body(f) };
            if args.is_empty() {
                unbound_method_check(n)?;
            }
            n.call(args, kw)
        }
        Kind::BoundMethod => call_method_object(unsafe { body(f) }, args, kw),
        Kind::Type => call_type(f, args, kw),
        _ => raw(call_object(f, args, kw)),
    }
}

/// A call of bound method `m`: its function with its object first.
#[inline(never)]
fn call_method_object(m: &BoundMethod, args: &[Value], kw: &Kw) -> R {
    with_first(m.obj, args, |all| call(m.func, all, kw))
}

/// What generated code receives turned back into an internal result.
#[inline(always)]
fn raw(r: Value) -> R {
    if r == EXC {
        Err(Exc)
    } else {
        Ok(r)
    }
}

/// A call of compiled function `f`, as generated code receives its result.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.rt_make_function/call_function")]
unsafe fn call_function(f: Value, args: &[Value], kw: &Kw) -> Value {
    let fo: &FuncObj = body(f);
    let plain = fo.nkwonly == 0 && fo.flags & (flags::VARARGS | flags::VARKW | flags::GENERATOR) == 0;
    if plain && kw.names.is_empty() {
        // The common call: exactly the positional parameters, nothing to bind.
        if args.len() == fo.nargs {
            return if fo.flags & flags::ENV == 0 { invoke(fo, args) } else { invoke_with_env(f, fo, args) };
        }
        // Positional arguments, the rest from the defaults: no binding by name.
        if args.len() < fo.nargs
            && fo.defaults != 0
            && fo.nargs - args.len() <= tuple_items(fo.defaults).len()
            && fo.nargs < SMALL_CALL
        {
            return invoke_with_defaults(f, fo, args);
        }
    }
    ret(call_bound(f, fo, args, kw))
}

/// [`invoke`] of a function whose code takes its own object first (a closure's cells).
#[inline(never)]
unsafe fn invoke_with_env(f: Value, fo: &FuncObj, args: &[Value]) -> Value {
    ret(with_first(f, args, |all| Ok(invoke(fo, all))))
}

/// A call of plain function `fo` (object `f`) given fewer positional arguments than its
/// parameters (fewer than [`SMALL_CALL`]), the rest from its defaults, which cover them.
#[inline(never)]
unsafe fn invoke_with_defaults(f: Value, fo: &FuncObj, args: &[Value]) -> Value {
    let defaults = tuple_items(fo.defaults);
    let missing = fo.nargs - args.len();
    let env = (fo.flags & flags::ENV != 0) as usize;
    let mut buf = [core::mem::MaybeUninit::<Value>::uninit(); SMALL_CALL];
    let p = buf.as_mut_ptr() as *mut Value;
    if env == 1 {
        p.write(f);
    }
    core::ptr::copy_nonoverlapping(args.as_ptr(), p.add(env), args.len());
    let from = defaults.as_ptr().add(defaults.len() - missing);
    core::ptr::copy_nonoverlapping(from, p.add(env + args.len()), missing);
    let r = invoke(fo, core::slice::from_raw_parts(p, env + fo.nargs));
    // Kept on the stack until here, where the collector sees it.
    core::hint::black_box(&buf);
    r
}

/// A call of function `fo` (object `f`) whose arguments are bound to its parameters by name,
/// into `*args` and `**kwargs`, from the defaults; a generator function's makes the generator.
#[inline(never)]
fn call_bound(f: Value, fo: &FuncObj, args: &[Value], kw: &Kw) -> R {
    let mut small = [0; SMALL_CALL];
    // (More parameters are bound into a tuple, where the collector sees them.)
    let env = (fo.flags & flags::ENV != 0) as usize;
    let slots = match env + fo.total_params() {
        n if n <= SMALL_CALL => &mut small[..],
        n => crate::list::tuple_items_mut(crate::list::new_tuple_n(n)?),
    };
    let n = bind(f, fo, args, kw, slots)?;
    if fo.flags & flags::GENERATOR != 0 {
        return crate::gen::new_generator(f, &slots[..n]);
    }
    let r = unsafe { invoke(fo, &slots[..n]) };
    // Kept on the stack until here, where the collector sees them.
    core::hint::black_box(slots.as_ptr());
    raw(r)
}

/// A call of type `f`: an instance of a class, or what a built-in type's `new` makes.
#[inline(never)]
fn call_type(f: Value, args: &[Value], kw: &Kw) -> R {
    let t = as_type(f).expect("a type");
    if t.is_class() {
        // A class of a metaclass with `__call__` (such a class is marked with a `new`): that
        // makes its instances.
        if t.new.is_some() {
            if let Some(c) = metaclass_call(f) {
                return with_first(f, args, |all| call(c, all, kw));
            }
        }
        return construct(t, args, kw);
    }
    match constructor(t)? {
        Some(new) => with_first(f, args, |all| new(all, kw)),
        // `type(None)()` is None, as CPython's.
        None if core::ptr::eq(t, &NONE_TYPE) => match args.is_empty() && kw.names.is_empty() {
            true => Ok(NONE),
            false => Err(raise(&TYPE_ERROR, "NoneType takes no arguments")),
        },
        None => Err(raise(&TYPE_ERROR, alloc::format!("cannot create '{}' instances", t.name))),
    }
}

/// A call of an object that is no function or type: its class's `__call__`, as generated code
/// receives its result.
#[inline(never)]
fn call_object(f: Value, args: &[Value], kw: &Kw) -> Value {
    // A static method object is callable (Python 3.10+): `helper(1)` in its class body.
    if kind_of(f) == Kind::StaticMethod {
        return ret(call(unsafe { body::<WrapperObj>(f) }.func, args, kw));
    }
    let c = match lookup_name(type_of(f), crate::name!("__call__")) {
        Some(c) => c,
        None => match type_of(f).methods.iter().find(|m| m.name == "__call__") {
            Some(m) => m as *const NativeObj as Value,
            None => return ret(Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not callable", type_name(f))))),
        },
    };
    // (One buffer for the object and the arguments, whichever way the call goes.)
    ret(with_first(f, args, |all| {
        // A `__call__` of the class's own taking exactly these: its code, nothing to bind.
        if is_ptr(c) && ptr_kind(c) == Kind::Function && kw.names.is_empty() {
            let fo: &FuncObj = unsafe { body(c) };
            if fo.takes_exactly(all.len()) {
                // (EXC as it comes: the exception is pending.)
                return Ok(unsafe { invoke(fo, all) });
            }
        }
        call(c, all, kw)
    }))
}

/// The most values a call through the runtime puts on the stack (with what goes first: the
/// function object, `self`); a call of more puts them in the heap.
const SMALL_CALL: usize = 8;

/// What `list.append` and the like are, looked up on their type: a bound method of this with
/// the built-in method as `self`, so that a call checks the type of its own `self`.
/// (Exported by name: the key of the gate [`is_method_descriptor`] reads it through.)
#[export_name = "mpyc_METHOD_DESCRIPTOR"]
pub static METHOD_DESCRIPTOR: NativeObj = NativeObj::new("method_descriptor", descriptor_call);

/// Whether `f` is [`METHOD_DESCRIPTOR`]: read through a gate, so that testing for it does not
/// link it (and its call, 3 KB) where nothing makes descriptors (`method_descriptor`).
pub fn is_method_descriptor(f: Value) -> bool {
    crate::gated!("mpyc_METHOD_DESCRIPTOR", &METHOD_DESCRIPTOR, &'static NativeObj)
        .is_some_and(|d| f == d as *const NativeObj as Value)
}

/// A built-in type's method kept in a class (`push = list.append`) and read through an object
/// of it: bound to the object, as CPython's method descriptor binds; an object of another
/// type gets CPython's TypeError. (The types' class and static methods stay as they are.)
fn bind_method_descriptor(v: Value, obj: Value) -> R {
    let m: &'static NativeObj = unsafe { body(body::<BoundMethod>(v).obj) };
    if matches!(m.name, "fromhex" | "from_bytes" | "fromkeys" | "maketrans") {
        return Ok(v);
    }
    let p = m as *const NativeObj;
    let operator = OPERATOR_METHODS.as_ptr_range().contains(&p) || OBJECT_OPERATORS.as_ptr_range().contains(&p);
    if !operator && !type_of(obj).mro_iter().any(|t| t.methods.as_ptr_range().contains(&p)) {
        return Err(descriptor_mismatch(m.name, method_owner(m), obj));
    }
    if !operator_applies(m, obj) {
        return Err(operator_mismatch(m, obj));
    }
    alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: p as Value, obj })
}

fn descriptor_call(a: &[Value], kw: &Kw) -> R {
    let m: &'static NativeObj = unsafe { body(a[0]) };
    // The built-in types' class methods take no object of theirs.
    let class_method = matches!(m.name, "fromhex" | "from_bytes");
    // The type where a method takes its object: a static method's (`str.maketrans(x, y)`), and
    // `dict.fromkeys(x)`'s as `{}.fromkeys(x)`'s.
    let first = match m.name {
        "fromkeys" => Some(&DICT_TYPE),
        "maketrans" if a.len() > 1 => Some(&STR_TYPE),
        _ => None,
    };
    if let Some(t) = first {
        return with_first(t.as_value(), &a[1..], |all| m.call(all, kw));
    }
    let Some(&this) = a.get(1) else {
        if !class_method {
            unbound_method_check(m)?;
        }
        return m.call(&a[1..], kw);
    };
    let p = m as *const NativeObj;
    // (The operator methods every built-in object has: `list.__len__(x)`, `int.__add__(x, y)`.)
    let operator = OPERATOR_METHODS.as_ptr_range().contains(&p) || OBJECT_OPERATORS.as_ptr_range().contains(&p);
    if !class_method && !operator && !type_of(this).mro_iter().any(|t| t.methods.as_ptr_range().contains(&p)) {
        return Err(descriptor_mismatch(m.name, method_owner(m), this));
    }
    if !operator_applies(m, this) {
        return Err(operator_mismatch(m, this));
    }
    m.call(&a[1..], kw)
}

/// Whether a built-in type's operator method `m` (`int.__add__`) applies to `this`: an object of
/// a built-in type that has it (or a subclass's), not an instance of a plain class, whose
/// operators would dispatch back to the method without end (`class C: __add__ = int.__add__`).
fn operator_applies(m: &NativeObj, this: Value) -> bool {
    let p = m as *const NativeObj;
    let t = type_of(this);
    !OPERATOR_METHODS.as_ptr_range().contains(&p) || (t.kind != Kind::Instance && offers(t.kind, m.name))
}

#[cold]
fn operator_mismatch(m: &NativeObj, this: Value) -> Exc {
    raise(&TYPE_ERROR, alloc::format!("descriptor '{}' doesn't apply to a '{}' object", m.name, type_name(this)))
}

/// CPython's TypeError for the built-in method `method` of type `owner` called through the
/// type on `this`, an object of another type (`int.bit_length("x")`).
pub fn descriptor_mismatch(method: &str, owner: &str, this: Value) -> Exc {
    let msg =
        alloc::format!("descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object", type_name(this));
    raise(&TYPE_ERROR, msg)
}

/// The name of the built-in type whose method `m` is.
pub fn method_owner(m: &NativeObj) -> &'static str {
    owner_type(m).map_or("object", |t| t.name)
}

/// The built-in type whose method table holds `m`.
fn owner_type(m: &NativeObj) -> Option<&'static TypeObj> {
    let p = m as *const NativeObj;
    // (Among the types the firmware links: a method of one it left out is never called.)
    crate::object::builtin_types().find(|t| t.methods.as_ptr_range().contains(&p))
}

/// A built-in type's method called through the type with nothing for `self` (`list.append()`)
/// raises as CPython does; its code may take `self` as given.
fn unbound_method_check(n: &NativeObj) -> R<()> {
    match owner_type(n) {
        Some(t) => Err(raise(&TYPE_ERROR, alloc::format!("unbound method {}.{}() needs an argument", t.name, n.name))),
        None => Ok(()),
    }
}

/// Runs `body` with `first` put before `args`: on the stack for a few, else in a tuple (where
/// the collector sees them).
pub fn with_first<T>(first: Value, args: &[Value], body: impl FnOnce(&[Value]) -> R<T>) -> R<T> {
    if args.len() < SMALL_CALL {
        // Only the words used are written (zeroing them all cost more than the call).
        let mut buf = [core::mem::MaybeUninit::<Value>::uninit(); SMALL_CALL];
        buf[0].write(first);
        for (slot, &a) in buf[1..].iter_mut().zip(args) {
            slot.write(a);
        }
        // SAFETY: the first `args.len() + 1` words were written above.
        let all = unsafe { core::slice::from_raw_parts(buf.as_ptr().cast::<Value>(), args.len() + 1) };
        let r = body(all);
        core::hint::black_box(&buf);
        r
    } else {
        let mut v = crate::reserve::vec_with(args.len() + 1)?;
        v.push(first);
        v.extend_from_slice(args);
        body(&v)
    }
}

/// `Class(*args, **kw)` for a class defined by the program.
/// A new instance of class `t` (of plain instances) with no attributes yet, and slots for as
/// many as the class's instances got so far.
fn new_instance(t: &'static TypeObj) -> R {
    let shape = crate::shape::root(t)?;
    let cap = t.inst_cap.get().max(dict::SMALL_CAP);
    let p = crate::gc::alloc_raw(core::mem::size_of::<InstanceObj>() + cap * core::mem::size_of::<Value>(), 0);
    if p.is_null() {
        return Err(crate::exc::memory_error());
    }
    let slots = crate::shape::inline_slots(p);
    unsafe {
        (p as *mut InstanceObj).write(InstanceObj {
            header: Header { ty: t },
            attrs: shape,
            slots,
            shadows: 0,
            cap: cap as u16,
        })
    };
    Ok(p as Value)
}

/// `__init__` returned `r`: anything but None is a TypeError. (The class learns how many
/// attributes its instances get when their slots grow: see `shape`.)
#[inline(always)]
fn init_result(r: Value) -> R<()> {
    if r != NONE {
        return Err(init_not_none(r));
    }
    Ok(())
}

#[cold]
fn init_not_none(r: Value) -> Exc {
    raise(&TYPE_ERROR, alloc::format!("__init__() should return None, not '{}'", type_name(r)))
}

/// The `new` of a class that has a `__new__` of the program's own (its own or a base's):
/// never called, only a mark that `Class(...)` goes through [`construct_with_new`].
pub fn user_new_mark(_: &[Value], _: &Kw) -> R {
    Err(raise(&TYPE_ERROR, "__new__"))
}

/// The [`TypeObj::new`] of a class marked with [`user_new_mark`].
const USER_NEW: New = Some(&Some(user_new_mark));

/// `Class(*args, **kw)` for a class with a `__new__` of its own: `__new__(Class, *args,
/// **kw)` (a static method, as in CPython, even undecorated), then `__init__` of what it
/// returned, if that is an instance of the class.
fn construct_with_new(t: &'static TypeObj, args: &[Value], kw: &Kw) -> R {
    let Some(mut new) = lookup_name(t, crate::name!("__new__")) else { return construct_plain(t, args, kw) };
    if matches!(kind_of(new), Kind::StaticMethod | Kind::ClassMethod) {
        new = unsafe { body::<WrapperObj>(new) }.func;
    }
    let obj = with_first(t.as_value(), args, |all| call(new, all, kw))?;
    if type_of(obj).is_subtype(t) {
        if let Some(init) = lookup_name(t, crate::name!("__init__")) {
            let r = with_first(obj, args, |all| call(init, all, kw))?;
            init_result(r)?;
        }
    }
    Ok(obj)
}

/// `object.__new__(cls, *args)`: a new instance of class `cls` with no attributes (extra
/// arguments only when the class has an `__init__` to take them, as in CPython).
pub static OBJECT_METHODS: &[NativeObj] = crate::methods![@named
    NativeObj::new("__new__", object_dunder_new),
    NativeObj::new("__init__", object_init),
    NativeObj::new("__getattribute__", object_getattribute),
    NativeObj::new("__setattr__", |a, _| {
        if a.len() != 3 {
            return Err(raise(&TYPE_ERROR, alloc::format!("expected 2 arguments, got {}", a.len().saturating_sub(1))));
        }
        attribute_name(a[1])?;
        store_attr(a[0], type_of(a[0]), a[1], a[2]).map(|_| NONE)
    }),
    NativeObj::new("__delattr__", |a, _| {
        if a.len() != 2 {
            return Err(raise(&TYPE_ERROR, alloc::format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
        }
        attribute_name(a[1])?;
        delete_attr(a[0], a[1]).map(|_| NONE)
    }),
];

/// `object`'s other methods, which every object has, so that what `dir` lists `getattr`
/// finds: reached only through [`object_attr`], behind its gate.
static OBJECT_MORE_METHODS: &[NativeObj] = crate::methods![@named
    NativeObj::method("__dir__", 0, 0, |a, _| default_dir(a[0])),
    NativeObj::method("__getstate__", 0, 0, |a, _| object_getstate(a[0])),
    NativeObj::method("__reduce__", 0, 0, |a, _| object_reduce(a[0])),
    NativeObj::method("__reduce_ex__", 1, 1, |a, _| {
        crate::int::index_of(a[1], "protocol")?;
        object_reduce(a[0])
    }),
    NativeObj::method("__sizeof__", 0, 0, |a, _| {
        let bytes = if is_ptr(a[0]) { crate::gc::size_of(a[0] as *const u8) } else { 0 };
        Ok(crate::value::small(bytes.max(core::mem::size_of::<Value>()) as isize))
    }),
    // (Class methods in CPython: what they bind to makes no difference.)
    NativeObj::new("__subclasshook__", |_, _| Ok(not_implemented())),
    NativeObj::new("__init_subclass__", object_init_subclass),
];

/// `object`'s comparison, hash and text methods (`object.__hash__`, `super().__eq__(o)`):
/// found after every other class and built-in type of an MRO, since `object` ends each.
pub static OBJECT_OPERATORS: &[NativeObj] = crate::methods![@named
    NativeObj::method("__eq__", 1, 1, |a, _| Ok(if a[0] == a[1] { TRUE } else { not_implemented() })),
    NativeObj::method("__ne__", 1, 1, |a, _| {
        crate::stack::check()?;
        // The class's `__eq__` (a built-in type's own), inverted unless NotImplemented.
        let eq = match crate::ops::special_named(a[0], crate::name!("__eq__")) {
            Some(f) if f != NONE => call(f, &[a[0], a[1]], &Kw::NONE)?,
            _ if !type_of(a[0]).is_class() => {
                bool_value(crate::ops::builtin_compare(crate::ops::cmpop::EQ, a[0], a[1])?)
            }
            _ if a[0] == a[1] => TRUE,
            _ => not_implemented(),
        };
        if eq == not_implemented() {
            return Ok(eq);
        }
        crate::ops::truthy(eq).map(|e| bool_value(!e))
    }),
    NativeObj::method("__lt__", 1, 1, |_, _| Ok(not_implemented())),
    NativeObj::method("__le__", 1, 1, |_, _| Ok(not_implemented())),
    NativeObj::method("__gt__", 1, 1, |_, _| Ok(not_implemented())),
    NativeObj::method("__ge__", 1, 1, |_, _| Ok(not_implemented())),
    // (By identity, as `hash()` gives for an object whose class defines no `__hash__`.)
    NativeObj::method("__hash__", 0, 0, |a, _| crate::ops::hash_int(a[0] >> 2)),
    NativeObj::method("__repr__", 0, 0, |a, _| {
        let t = type_of(a[0]);
        let name = if t.is_class() { class_path(t) } else { String::from(t.name) };
        crate::str::from_string(alloc::format!("<{name} object at {:#x}>", a[0]))
    }),
    // (The object's repr, by its class's `__repr__`.)
    NativeObj::method("__str__", 0, 0, |a, _| {
        crate::stack::check()?;
        crate::str::from_string(crate::print::repr_string(a[0])?)
    }),
    NativeObj::method("__format__", 1, 1, |a, _| {
        crate::stack::check()?;
        if as_str(a[1]).is_none() {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("__format__() argument must be str, not {}", type_name(a[1])),
            ));
        }
        if as_str(a[1]).is_some_and(|s| !s.is_empty()) {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("unsupported format string passed to {}.__format__", type_name(a[0])),
            ));
        }
        crate::str::from_string(crate::print::to_text(a[0])?)
    }),
];

/// `object`'s method `key` of [`OBJECT_OPERATORS`].
fn object_operator(key: &str) -> Option<&'static NativeObj> {
    if !key.starts_with("__") {
        return None;
    }
    OBJECT_OPERATORS.iter().find(|m| m.name == key)
}

fn not_implemented() -> Value {
    crate::builtins::NOT_IMPLEMENTED.as_value()
}

fn object_dunder_new(args: &[Value], _: &Kw) -> R {
    let Some(cls) = args.first().and_then(|&c| as_type(c)) else {
        let msg = match args.first() {
            Some(&x) => alloc::format!("object.__new__(X): X is not a type object ({})", type_name(x)),
            None => String::from("object.__new__(): not enough arguments"),
        };
        return Err(raise(&TYPE_ERROR, msg));
    };
    if !cls.is_class() {
        let n = cls.name;
        return Err(raise(&TYPE_ERROR, alloc::format!("object.__new__({n}) is not safe, use {n}.__new__()")));
    }
    if args.len() > 1 && cls.kind != Kind::Exception && lookup_name(cls, crate::name!("__init__")).is_none() {
        if cls.new.is_some() {
            return Err(raise(&TYPE_ERROR, "object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        return Err(raise(&TYPE_ERROR, alloc::format!("{}() takes no arguments", cls.name)));
    }
    if let Some(base) = cls.builtin_base() {
        if !base.kind.is_container() {
            let n = base.name;
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("object.__new__({}) is not safe, use {n}.__new__()", cls.name),
            ));
        }
        return new_builtin_sub(cls, base, &[], &Kw::NONE);
    }
    match cls.kind {
        // (`BaseException.__new__`: the arguments become the exception's.)
        Kind::Exception => exc_new(args, &Kw::NONE),
        Kind::Instance => new_instance(cls),
        _ => Err(raise(&TYPE_ERROR, alloc::format!("object.__new__({}) is not safe", cls.name))),
    }
}

#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.rt_make_class|type/construct")]
fn construct(t: &'static TypeObj, args: &[Value], kw: &Kw) -> R {
    if t.new.is_some() {
        return construct_with_new(t, args, kw);
    }
    construct_plain(t, args, kw)
}

/// `T.__new__(cls, *args, **kw)` of a built-in type `T` that classes may derive from
/// (`super().__new__(cls, value)` in a subclass's `__new__`): an object of `cls` made as
/// `T(*args, **kw)` makes one (a container's empty: its `__init__` fills it).
pub static BUILTIN_NEW: NativeObj = NativeObj::new("__new__", |a, kw| {
    let Some(cls) = a.first().and_then(|&c| as_type(c)) else {
        return Err(raise(&TYPE_ERROR, "__new__(X): X is not a type object"));
    };
    match cls.builtin_base() {
        Some(base) if base.kind.is_container() => new_builtin_sub(cls, base, &[], &Kw::NONE),
        Some(base) => new_builtin_sub(cls, base, &a[1..], kw),
        None => match constructor(cls)? {
            Some(new) if !cls.is_class() && cls.kind.subclassable() => new(a, kw),
            _ => Err(raise(&TYPE_ERROR, alloc::format!("__new__({}): not a subtype of a built-in type", cls.name))),
        },
    }
});

/// A new object of `t`, a subclass of the built-in type `base`, from `base(*args, **kw)`:
/// the built-in type's own object (for a container, made empty when the class has an
/// `__init__` of its own, which fills it), typed as `t`.
///
/// The object is the built-in one with one word more after it: the dict of the attributes
/// the program gives it (0 until the first), as a class's instances have
/// ([`builtin_sub_attrs`]). Small ints and bools become a wide int's object (`int::WideObj`):
/// an object of a class needs a header.
fn new_builtin_sub(t: &'static TypeObj, base: &'static TypeObj, args: &[Value], kw: &Kw) -> R {
    let Some(new) = constructor(base)? else { return Err(raise(&TYPE_ERROR, "cannot create instances")) };
    let container = base.kind.is_container();
    let made = if container {
        new(&[base.as_value()], &Kw::NONE)?
    } else {
        with_first(base.as_value(), args, |all| new(all, kw))?
    };
    let obj = retype(t, made)?;
    if container && (!args.is_empty() || !kw.is_empty()) {
        let init = container_init().ok_or_else(|| crate::gate::left_out("list.__init__"))?;
        with_first(obj, args, |all| (init.f)(all, kw))?;
    }
    Ok(obj)
}

/// A copy of `v`, an object of `t`'s built-in base type, typed as `t` and with the attribute
/// word after it.
fn retype(t: &'static TypeObj, v: Value) -> R {
    let w = core::mem::size_of::<Value>();
    if !is_ptr(v) {
        // An int in a word (a small int or a bool: `int(True)` is 1).
        let Some(crate::int::Int::Small(n)) = crate::int::as_int(v) else {
            return Err(raise(&TYPE_ERROR, "cannot create instances"));
        };
        let size = core::mem::size_of::<crate::int::WideObj>();
        let p = alloc_obj(t, size + w, 0)?;
        unsafe {
            (p as *mut crate::int::WideObj).write(crate::int::WideObj {
                header: Header::of(t),
                form: crate::int::WIDE,
                value: n,
            });
            *(p.add(size) as *mut Value) = 0;
        }
        return Ok(p as Value);
    }
    let size = layout_size(v);
    let p = alloc_obj(t, size + w, 0)?;
    unsafe {
        core::ptr::copy_nonoverlapping(v as *const u8, p, size);
        (*(p as *mut Header)).ty = t;
        *(p.add(size) as *mut Value) = 0;
    }
    // (The copy may point into `v`'s memory — a str's text, a big int's digits are inline or
    // shared — and keeps it alive: the collector follows pointers into a run.)
    core::hint::black_box(v);
    Ok(p as Value)
}

/// The bytes of the object `v` of a subclassable built-in layout (`Kind::subclassable`), to
/// a whole word: where a subclass's object keeps its attribute word.
fn layout_size(v: Value) -> usize {
    use core::mem::size_of;
    let w = size_of::<Value>();
    let n = match ptr_kind(v) {
        Kind::List => size_of::<crate::list::ListObj>(),
        Kind::Tuple => size_of::<crate::list::TupleObj>() + core::mem::size_of_val(tuple_items(v)),
        Kind::Str => size_of::<crate::str::StrObj>(),
        Kind::Bytes | Kind::ByteArray => size_of::<crate::bytes::BytesObj>(),
        Kind::Float => size_of::<crate::float::FloatObj>(),
        Kind::Complex => size_of::<crate::complex::ComplexObj>(),
        // (`map`, `filter`, `zip`, `enumerate`, `reversed`.)
        Kind::Iter => size_of::<crate::iter::IterObj>(),
        Kind::Stream => size_of::<crate::io::StreamObj>(),
        Kind::Int => {
            if unsafe { body::<crate::int::WideObj>(v) }.form == crate::int::WIDE {
                size_of::<crate::int::WideObj>()
            } else {
                let len = unsafe { body::<crate::int::BigObj>(v) }.len as usize;
                size_of::<crate::int::BigObj>() + len * size_of::<crate::digits::Digit>()
            }
        }
        _ => size_of::<dict::DictObj>(),
    };
    n.next_multiple_of(w)
}

/// The word holding the attribute dict of an object of a built-in type's subclass.
#[inline]
fn builtin_sub_attrs(obj: Value) -> Option<&'static mut Value> {
    type_of(obj).builtin_base()?;
    Some(unsafe { &mut *((obj as *mut u8).add(layout_size(obj)) as *mut Value) })
}

fn construct_plain(t: &'static TypeObj, args: &[Value], kw: &Kw) -> R {
    let init = lookup_name(t, crate::name!("__init__"));
    // A metaclass without a `__new__` of its own: `type.__new__` makes the class.
    if t.kind == Kind::Type {
        let cls = with_first(t.as_value(), args, |all| type_new(all, kw))?;
        if let Some(init) = init {
            init_result(with_first(cls, args, |all| call(init, all, kw))?)?;
        }
        return Ok(cls);
    }
    if let Some(base) = t.builtin_base() {
        let obj = match init {
            // (A stream too: its `__init__` takes what StringIO's would.)
            Some(_) if base.kind.is_container() || base.kind == Kind::Stream => {
                new_builtin_sub(t, base, &[], &Kw::NONE)?
            }
            _ => new_builtin_sub(t, base, args, kw)?,
        };
        if let Some(init) = init {
            let r = with_first(obj, args, |all| call(init, all, kw))?;
            init_result(r)?;
        }
        return Ok(obj);
    }
    let obj = if t.kind == Kind::Exception {
        with_first(t.as_value(), args, |all| exc_new(all, &Kw::NONE))?
    } else {
        new_instance(t)?
    };
    match init {
        Some(init) => {
            let r = with_first(obj, args, |all| call(init, all, kw))?;
            init_result(r)?;
        }
        None if t.kind != Kind::Exception && (!args.is_empty() || !kw.is_empty()) => {
            return Err(raise(&TYPE_ERROR, alloc::format!("{}() takes no arguments", t.name)));
        }
        None => {}
    }
    Ok(obj)
}

/// Generated code's calls: `argv` holds `npos` positional arguments, then one value per name in
/// `kwnames` (a tuple of str, or 0).
#[no_mangle]
pub unsafe extern "C" fn rt_call(f: Value, argv: *const Value, npos: usize, kwnames: Value) -> Value {
    if kwnames == 0 && npos < SMALL_CALL && is_ptr(f) {
        let args = crate::value::words(argv, npos);
        match ptr_kind(f) {
            // (A tail call: nothing of this frame stays on the stack under the callee.)
            Kind::Function => return call_function(f, args, &Kw::NONE),
            // (Checked a type: no second classification.)
            Kind::Type => {
                return match construct_positional(&*(f as *const TypeObj), argv, npos) {
                    Some(r) => r,
                    None => ret(call_type(f, args, &Kw::NONE)),
                };
            }
            // A built-in function or a built-in type's method with its object first (a method
            // call whose method was looked up before its arguments): its code.
            Kind::Native => return ret(body::<NativeObj>(f).call(args, &Kw::NONE)),
            Kind::BoundMethod => {
                if let Some(r) = call_bound_native(body(f), argv, npos) {
                    return r;
                }
            }
            _ => return call_object(f, args, &Kw::NONE),
        }
    }
    call_keywords(f, argv, npos, kwnames)
}

/// [`rt_call`] with keywords, with many positional arguments, or of what its fast ways leave.
#[inline(never)]
unsafe fn call_keywords(f: Value, argv: *const Value, npos: usize, kwnames: Value) -> Value {
    let names: &[Value] = if kwnames != 0 { tuple_items(kwnames) } else { &[] };
    let all = crate::value::words(argv, npos + names.len());
    ret(call(f, &all[..npos], &Kw { names, values: &all[npos..] }))
}

/// [`rt_call`] of a class of plain instances with an `__init__` of its own, with `npos` (below
/// [`SMALL_CALL`]) positional arguments: the instance, then its `__init__`, without the general path;
/// `None` for any other type.
#[inline(always)]
unsafe fn construct_positional(t: &'static TypeObj, argv: *const Value, npos: usize) -> Option<Value> {
    if !(t.is_class() && t.kind == Kind::Instance && t.new.is_none()) {
        return None;
    }
    let init = lookup_name(t, crate::name!("__init__")).filter(|&i| kind_of(i) == Kind::Function)?;
    let r = new_instance(t).and_then(|obj| {
        let r = with_self(obj, argv, npos, |args| {
            let f: &FuncObj = body(init);
            if f.takes_exactly(npos + 1) {
                // Exactly the parameters it has: its code, with nothing to bind.
                match invoke(f, args) {
                    EXC => Err(Exc),
                    r => Ok(r),
                }
            } else {
                call(init, args, &Kw::NONE)
            }
        });
        init_result(r?).map(|_| obj)
    });
    Some(ret(r))
}

/// [`rt_call`] of a built-in type's method bound to its object (`append = items.append`), with
/// `npos` (below [`SMALL_CALL`]) positional arguments: straight to its code; `None` for another bound method.
#[inline(always)]
unsafe fn call_bound_native(m: &BoundMethod, argv: *const Value, npos: usize) -> Option<Value> {
    if !(is_ptr(m.func) && kind_of(m.func) == Kind::Native) {
        return None;
    }
    let n: &NativeObj = body(m.func);
    if !n.takes(npos + 1) {
        return None;
    }
    let code = n.f;
    Some(ret(with_self(m.obj, argv, npos, |args| code(args, &Kw::NONE))))
}

/// Runs `f` on `obj` followed by the `npos` (below [`SMALL_CALL`]) arguments at `argv`, on the
/// stack.
#[inline(always)]
unsafe fn with_self<T>(obj: Value, argv: *const Value, npos: usize, f: impl FnOnce(&[Value]) -> T) -> T {
    let mut buf = [core::mem::MaybeUninit::<Value>::uninit(); SMALL_CALL];
    let p = buf.as_mut_ptr() as *mut Value;
    p.write(obj);
    for i in 0..npos {
        p.add(i + 1).write(*argv.add(i));
    }
    let r = f(core::slice::from_raw_parts(p, npos + 1));
    // Kept on the stack until here, where the collector sees it.
    core::hint::black_box(&buf);
    r
}

/// A call of a built-in function (one of `builtins`, which the compiler knows is a
/// NativeObj) with `n` positional arguments at `argv`.
#[no_mangle]
pub unsafe extern "C" fn rt_call_native(f: Value, argv: *const Value, n: usize) -> Value {
    // (The compiler calls here only with a count the function takes.)
    ret((body::<NativeObj>(f).f)(crate::value::words(argv, n), &Kw::NONE))
}

/// `f(*args, **kwargs)` with both already built: a tuple (or any iterable) and a dict (or 0).
#[no_mangle]
pub extern "C" fn rt_call_ex(f: Value, args: Value, kwargs: Value) -> Value {
    ret((|| {
        let args = crate::list::to_tuple(args)?;
        let items = tuple_items(args);
        if kwargs == 0 || kwargs == NONE {
            return call(f, items, &Kw::NONE);
        }
        // (Its keys are str: `rt_kwargs_merge` and the names of the call made them.)
        let (names, values) = dict::keys_values(kwargs)?;
        call(f, items, &Kw { names: tuple_items(names), values: tuple_items(values) })
    })())
}

/// `obj.name(args…)`: `argv[0]` is `obj`, then `npos` arguments and the keyword values.
#[no_mangle]
pub unsafe extern "C" fn rt_call_method(name: Value, argv: *const Value, npos: usize, kwnames: Value) -> Value {
    let names: &[Value] = if kwnames != 0 { tuple_items(kwnames) } else { &[] };
    let all = crate::value::words(argv, 1 + npos + names.len());
    let kw = Kw { names, values: &all[1 + npos..] };
    ret(call_method(all[0], name, &all[..1 + npos], &kw))
}

/// Calls method `name` of `args[0]` with the rest of `args`, without making a bound method
/// when the method is a plain function or a built-in.
pub fn call_method(obj: Value, name: Value, args: &[Value], kw: &Kw) -> R {
    match load_method(obj, name)? {
        (f, true) if ptr_kind(f) == Kind::Native => unsafe { body::<NativeObj>(f) }.call(args, kw),
        (f, true) => call(f, args, kw),
        (f, false) => call(f, &args[1..], kw),
    }
}

/// `obj.name` looked up to be called, as CPython's LOAD_METHOD does: a plain function of the
/// class or a built-in type's method with `true` (to be called with `obj` first, no bound
/// method made), anything else as `getattr` finds it with `false`.
#[inline(always)]
pub fn load_method(obj: Value, name: Value) -> R<(Value, bool)> {
    let t = type_of(obj);
    let key = as_str(name).unwrap_or("");
    if !t.is_class() && t.kind != Kind::Module && t.kind != Kind::Type {
        if let Some(m) = t.methods.iter().find(|m| m.name == key) {
            return Ok((m as *const NativeObj as Value, true));
        }
    }
    // (Not for a class, whose own attributes come before its metaclass's methods.)
    if t.is_class() && as_str(name).is_some() && as_type(obj).is_none() && t.hooks.get() & HOOKS_GETATTRIBUTE == 0 {
        if let Some(f) = lookup_class_name(t, name) {
            if kind_of(f) == Kind::Function && !has_instance_attr(obj, name) {
                return Ok((f, true));
            }
        }
    }
    Ok((getattr(obj, name)?, false))
}

fn has_instance_attr(obj: Value, name: Value) -> bool {
    if is_plain_instance(obj) {
        return crate::shape::get(obj, name).is_some();
    }
    let d = instance_dict(obj);
    d != 0 && dict::find_name(d, name).is_some()
}

/// Whether `obj` is an instance of a class of plain instances (attributes in slots or a dict:
/// see `shape`).
#[inline(always)]
fn is_plain_instance(obj: Value) -> bool {
    let t = type_of(obj);
    is_ptr(obj) && t.kind == Kind::Instance && t.is_class()
}

// ---------------------------------------------------------------------------------------------
// Attributes

/// The attribute dict of an exception or a function, or of an instance whose attributes are
/// in one (0 if none, or in slots).
fn instance_dict(obj: Value) -> Value {
    if is_plain_instance(obj) {
        let a = unsafe { body::<InstanceObj>(obj).attrs };
        if crate::shape::is_shape(a) {
            0
        } else {
            a
        }
    } else if has_dict(obj) {
        unsafe { body::<crate::exc::ExcObj>(obj).dict }
    } else if let Some(d) = builtin_sub_attrs(obj) {
        *d
    } else if is_ptr(obj) && ptr_kind(obj) == Kind::Function {
        unsafe { body::<FuncObj>(obj).dict }
    } else {
        0
    }
}

/// Whether `obj` keeps attributes of its own: instances of classes, and exceptions.
fn has_dict(obj: Value) -> bool {
    let t = type_of(obj);
    is_ptr(obj) && (t.kind == Kind::Exception || (t.is_class() && t.kind == Kind::Instance))
}

/// `name` in the dicts of `t`'s MRO (classes only).
pub fn lookup_class(t: &'static TypeObj, name: &str) -> Option<Value> {
    if !t.is_class() {
        return None;
    }
    lookup_class_hashed(t, name, crate::str::hash_text(name.as_bytes()))
}

/// [`lookup_class`] for a name of the runtime's own (`crate::name!`), hashed at build time.
pub fn lookup_name(t: &'static TypeObj, name: &'static crate::ops::Name) -> Option<Value> {
    if !t.is_class() {
        // (A device's or an array's special methods are entries of its table.)
        if t.kind.has_special_methods() {
            return native_special(t, name);
        }
        return None;
    }
    // Cached under the name's own address: each `name!` is one static.
    crate::icache::class_lookup(t, name as *const crate::ops::Name as Value, || lookup_name_walk(t, name))
}

/// A device's or an array's special method `name`, from its table.
#[cold]
#[inline(never)]
fn native_special(t: &'static TypeObj, name: &'static crate::ops::Name) -> Option<Value> {
    t.methods.iter().find(|m| m.name == name.text).map(|m| m as *const NativeObj as Value)
}

/// A built-in type's method as its class attribute gives it (`str.upper`): unbound.
fn method_descriptor(m: &'static NativeObj) -> R {
    let obj = m as *const NativeObj as Value;
    alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: METHOD_DESCRIPTOR.as_value(), obj })
}

/// How CPython's messages about a call's arguments name the callable: `__main__.f()`,
/// `__main__.C.m()`, `print()`.
pub fn function_str(f: Value) -> String {
    match kind_of(f) {
        Kind::Function => {
            let info = unsafe { &*body::<FuncObj>(f).info };
            alloc::format!("{}.{}()", info.module(), info.qualname())
        }
        Kind::BoundMethod => {
            let m = unsafe { body::<BoundMethod>(f) };
            function_str(if is_method_descriptor(m.func) { m.obj } else { m.func })
        }
        Kind::Native => alloc::format!("{}()", unsafe { body::<NativeObj>(f) }.name),
        Kind::Type => {
            let t = as_type(f).expect("a type");
            match t.is_class() {
                true => alloc::format!("{}()", class_path(t)),
                false => alloc::format!("{}()", t.name),
            }
        }
        _ => crate::print::str_of(f).ok().and_then(as_str).unwrap_or("?").into(),
    }
}

/// A class's module (its `__module__`, `__main__` when it has none) and qualified name, as
/// its repr shows them: `__main__.Outer.Inner`.
pub fn class_path(t: &TypeObj) -> String {
    let module = match t.dict {
        0 => None,
        d => dict::get_str(d, "__module__").and_then(as_str),
    };
    alloc::format!("{}.{}", module.unwrap_or("__main__"), qualname(t))
}

/// A type's `__qualname__`: a class's name object, or the `__qualname__` its dict keeps (one
/// that does not end in its name).
pub fn qualname(t: &TypeObj) -> &str {
    if !t.is_class() {
        return t.name;
    }
    let own = match t.dict {
        0 => None,
        d => dict::get_str(d, "__qualname__").and_then(as_str),
    };
    own.or_else(|| as_str(t.name_obj)).unwrap_or(t.name)
}

/// [`lookup_name`] past its cache.
#[inline(never)]
fn lookup_name_walk(t: &'static TypeObj, name: &'static crate::ops::Name) -> Option<Value> {
    let v = lookup_class_hashed(t, name.text, name.hash)?;
    // (`__new__` and `__class_getitem__` are static and class methods of their own: their
    // callers unwrap them.)
    let wrapped = is_ptr(v) && matches!(ptr_kind(v), Kind::StaticMethod | Kind::ClassMethod);
    match wrapped && !matches!(name.text, "__new__" | "__class_getitem__") {
        true => Some(special_wrapper(v)),
        false => Some(v),
    }
}

/// A special method that is a staticmethod or classmethod (`__sub__ = staticmethod(f)`), as
/// its callers call it (with the object first): a bound method of [`WITHOUT_SELF`] or
/// [`WITH_CLASS`] on the function, which passes the rest of the arguments (after the object's
/// class, for a classmethod), as CPython binds such a descriptor. Kept alive by the lookup
/// cache's roots while cached.
#[cold]
fn special_wrapper(v: Value) -> Value {
    let adapter = if ptr_kind(v) == Kind::StaticMethod { &WITHOUT_SELF } else { &WITH_CLASS };
    let func = unsafe { body::<WrapperObj>(v) }.func;
    alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: adapter.as_value(), obj: func }).unwrap_or_else(|_| {
        // (Out of memory: the wrapper itself, which its caller reports as not callable.)
        crate::exc::take_pending();
        v
    })
}

static WITHOUT_SELF: NativeObj = NativeObj::new("staticmethod", |a, kw| call(a[0], a.get(2..).unwrap_or(&[]), kw));

static WITH_CLASS: NativeObj = NativeObj::new("classmethod", |a, kw| {
    let mut all = crate::reserve::vec_with(a.len().saturating_sub(1))?;
    all.push(type_of(*a.get(1).unwrap_or(&NONE)).as_value());
    all.extend_from_slice(a.get(2..).unwrap_or(&[]));
    call(a[0], &all, kw)
});

/// [`lookup_class`] with the name's hash known (the runtime's own names: see `ops::Name`).
pub fn lookup_class_hashed(t: &'static TypeObj, name: &str, h: usize) -> Option<Value> {
    if !t.is_class() {
        return None;
    }
    for c in t.mro_iter() {
        if c.dict != 0 {
            if let Some(v) = dict::get_str_hashed(c.dict, name, h) {
                return Some(v);
            }
        }
    }
    None
}

/// Whether `v` is a str.
#[inline(always)]
fn is_str(v: Value) -> bool {
    is_ptr(v) && ptr_kind(v) == Kind::Str
}

/// The str `name` in the dicts of `t`'s MRO (classes only), found by its cached hash.
pub fn lookup_class_name(t: &'static TypeObj, name: Value) -> Option<Value> {
    if !t.is_class() {
        return None;
    }
    crate::icache::class_lookup(t, name, || {
        for c in t.mro_iter() {
            if c.dict != 0 {
                if let Some(i) = dict::find_name(c.dict, name) {
                    return dict::entry_at(c.dict, i).map(|(_, v)| v);
                }
            }
        }
        None
    })
}

/// A descriptor of the program's own: `v` an instance of a class that defines `__get__`
/// (with `__set__`, `__delete__` when it has them).
pub struct UserDescriptor {
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub delete: Option<Value>,
}

/// The descriptor methods of `v`, when it is an instance of a class with `__get__`, `__set__`
/// or `__delete__`.
pub fn user_descriptor(v: Value) -> Option<UserDescriptor> {
    if !is_ptr(v) {
        return None;
    }
    let t = type_of(v);
    if !t.is_class() || t.kind != Kind::Instance {
        return None;
    }
    let d = UserDescriptor {
        get: lookup_name(t, crate::name!("__get__")),
        set: lookup_name(t, crate::name!("__set__")),
        delete: lookup_name(t, crate::name!("__delete__")),
    };
    (d.get.is_some() || d.set.is_some() || d.delete.is_some()).then_some(d)
}

/// Whether class attribute `v` comes before an instance's own attribute of its name: a
/// property, or a descriptor with `__set__` or `__delete__`.
#[inline]
pub fn is_data_descriptor(v: Value) -> bool {
    match kind_of(v) {
        Kind::Property => true,
        Kind::Instance => user_descriptor(v).is_some_and(|d| d.set.is_some() || d.delete.is_some()),
        _ => false,
    }
}

/// Whether class attribute `v` is a descriptor that computes what an attribute lookup gives
/// (so that no cache may keep the attribute's value).
#[inline]
pub fn is_computed(v: Value) -> bool {
    match kind_of(v) {
        Kind::Property | Kind::ClassMethod => true,
        Kind::Instance => user_descriptor(v).is_some(),
        _ => false,
    }
}

/// Binds what a class attribute lookup found to `obj` (of class `cls`), as descriptors do.
fn bind_attr(v: Value, obj: Value, cls: Value) -> R {
    match kind_of(v) {
        Kind::Instance => match user_descriptor(v).and_then(|d| d.get) {
            Some(get) => call(get, &[v, if obj != 0 { obj } else { NONE }, cls], &Kw::NONE),
            None => Ok(v),
        },
        Kind::Function if obj != 0 => alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: v, obj }),
        Kind::ClassMethod => {
            let w: &WrapperObj = unsafe { body(v) };
            alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: w.func, obj: cls })
        }
        Kind::StaticMethod => Ok(unsafe { body::<WrapperObj>(v) }.func),
        Kind::BoundMethod if obj != 0 && is_method_descriptor(unsafe { body::<BoundMethod>(v) }.func) => {
            bind_method_descriptor(v, obj)
        }
        Kind::Property if obj != 0 => {
            let w: &WrapperObj = unsafe { body(v) };
            if w.func == NONE {
                return Err(no_getter(v, obj));
            }
            call(w.func, &[obj], &Kw::NONE)
        }
        _ => Ok(v),
    }
}

/// The AttributeError for reading a property made without a getter: its name is the key the
/// class (or a base) holds it under.
#[cold]
fn no_getter(prop: Value, obj: Value) -> Exc {
    no_accessor(prop, obj, "getter")
}

/// [`no_getter`] for the `getter`, `setter` or `deleter` `what`.
#[cold]
fn no_accessor(prop: Value, obj: Value, what: &str) -> Exc {
    let t = type_of(obj);
    // (The entries read in place: no key is hashed or compared, which would link `==` of
    // any objects into every firmware that reads an attribute.)
    let name = t
        .mro_iter()
        .filter(|c| c.dict != 0)
        .find_map(|c| {
            let mut pos = 0;
            core::iter::from_fn(|| dict::next_entry(c.dict, &mut pos)).find(|&(_, v)| v == prop).map(|(k, _)| k)
        })
        .and_then(as_str)
        .unwrap_or("?");
    raise(&ATTRIBUTE_ERROR, alloc::format!("property '{name}' of '{}' object has no {what}", t.name))
}

/// The names an AttributeError may suggest for `obj`.
fn attr_names(obj: Value) -> Vec<&'static str> {
    let t = type_of(obj);
    // (A class's are its own and its bases': not its metaclass's, as CPython's `dir`.)
    let of_type = as_type(obj).is_none();
    let mut names: Vec<&'static str> = if of_type { t.methods.iter().map(|m| m.name).collect() } else { Vec::new() };
    if kind_of(obj) == Kind::Module {
        names.extend(crate::modules::own_names(obj));
    }
    if is_plain_instance(obj) {
        for k in crate::shape::names(obj) {
            if let Some(s) = as_str(k) {
                names.push(unsafe { core::mem::transmute::<&str, &'static str>(s) });
            }
        }
    }
    let mut add_dict = |d: Value| {
        if d != 0 {
            for k in dict::keys_vec(d).unwrap_or_default() {
                if let Some(s) = as_str(k) {
                    names.push(unsafe { core::mem::transmute::<&str, &'static str>(s) });
                }
            }
        }
    };
    add_dict(instance_dict(obj));
    if of_type && t.is_class() {
        for c in t.mro_iter() {
            add_dict(c.dict);
        }
    }
    if let Some(c) = as_type(obj) {
        if c.is_class() {
            for c in c.mro_iter() {
                add_dict(c.dict);
            }
        }
    }
    crate::str::sort_names(&mut names);
    names
}

/// The attributes every object has from `object` (CPython 3.11's `dir(object())`).
const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `dir(obj)`: a class's `__dir__` when it has one, else the sorted names of the object's
/// own attributes, its class's and their bases' (a module's: its names).
pub fn dir(a: &[Value], _: &Kw) -> R {
    let &[obj] = a else {
        return Err(raise(&TYPE_ERROR, alloc::format!("dir expected at most 1 argument, got {}", a.len())));
    };
    let t = type_of(obj);
    if let Some(f) = lookup_name(t, crate::name!("__dir__")) {
        let names = crate::list::to_list(call(f, &[obj], &Kw::NONE)?)?;
        crate::list::sort(names, NONE, false)?;
        return Ok(names);
    }
    // A module of the program with a `__dir__` of its own (PEP 562).
    if kind_of(obj) == Kind::Module {
        let own = crate::gated!("__dir__", crate::modules::own_dir, fn(Value) -> Option<Value>);
        if let Some(f) = own.and_then(|own| own(obj)) {
            let names = crate::list::to_list(call(f, &[], &Kw::NONE)?)?;
            crate::list::sort(names, NONE, false)?;
            return Ok(names);
        }
    }
    default_dir(obj)
}

/// `object.__dir__(obj)`: [`dir`] without a class's `__dir__` (sorted, where CPython's is not).
fn default_dir(obj: Value) -> R {
    let t = type_of(obj);
    let mut names: Vec<&str> = Vec::new();
    if kind_of(obj) == Kind::Module {
        names.extend(crate::modules::names(obj));
    } else {
        names = attr_names(obj);
        names.extend(OBJECT_ATTRS);
        let class = as_type(obj).unwrap_or(t);
        if class.is_class() {
            // (Objects of a class whose classes all have `__slots__` have no `__dict__`.)
            names.push("__module__");
            if class.slot_names == 0 {
                names.extend(["__dict__", "__weakref__"]);
            }
        }
        for c in class.mro_iter() {
            names.extend(c.methods.iter().map(|m| m.name));
            // The slots' names, set or not.
            if c.slot_names != 0 {
                for &n in tuple_items(c.slot_names) {
                    // (Kept alive by the class.)
                    names.extend(as_str(n).map(|n| unsafe { core::mem::transmute::<&str, &'static str>(n) }));
                }
            }
        }
    }
    crate::str::sort_names(&mut names);
    let out = crate::list::new_list(&[])?;
    for n in names {
        crate::list::push(out, from_str(n)?)?;
    }
    Ok(out)
}

pub fn no_attribute(obj: Value, name: &str) -> Exc {
    let msg = match as_type(obj) {
        Some(t) => alloc::format!("type object '{}' has no attribute '{name}'", t.name),
        None if kind_of(obj) == Kind::Module => {
            alloc::format!("module '{}' has no attribute '{name}'", crate::modules::module_name(obj))
        }
        None => alloc::format!("'{}' object has no attribute '{name}'", type_name(obj)),
    };
    match from_str(name) {
        Ok(n) => raise_attribute_error(msg, obj, n),
        Err(e) => e,
    }
}

/// The "Did you mean" note for a missing attribute `name` (a str) of `obj`, or nothing.
pub fn attribute_note(obj: Value, name: Value) -> String {
    match crate::suggest::suggestion(as_str(name).unwrap_or(""), &attr_names(obj)) {
        Some(s) => alloc::format!(". Did you mean: '{s}'?"),
        None => String::new(),
    }
}

/// `obj.name`.
pub fn getattr(obj: Value, name: Value) -> R {
    match lookup_attr(obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(obj, as_str(name).unwrap_or(""))),
    }
}

/// An attribute `key` of the type `obj` (not found on the way to [`lookup_attr`]'s class
/// cases): its name, its class attributes, the built-in type's methods (as descriptors).
#[inline(never)]
fn type_attr(obj: Value, key: &str) -> R<Option<Value>> {
    let c = as_type(obj).expect("a type");
    // (Its name, MRO, bases, module, dict and docstring behind a gate keyed by those names.)
    type Attr = fn(&'static TypeObj, Value, &str) -> R<Option<Value>>;
    let (gate, names) = crate::gated!(@names type_named_attr, Attr;
        "__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__module__", "__dict__", "__doc__");
    match gate {
        Some(f) => {
            if let Some(v) = f(c, obj, key)? {
                return Ok(Some(v));
            }
        }
        None => {
            if let Some(e) = crate::gate::attr_left_out(key, names) {
                return Err(e);
            }
        }
    }
    // A data descriptor of a metaclass of the program's (a property) comes first, as in
    // CPython's `type.__getattribute__`.
    let meta = type_of(obj);
    if meta.is_class() {
        if let Some(v) = lookup_class(meta, key).filter(|&v| is_data_descriptor(v)) {
            return bind_attr(v, obj, meta.as_value()).map(Some);
        }
    }
    if let Some(v) = lookup_class(c, key) {
        return bind_attr(v, 0, obj).map(Some);
    }
    if let Some(v) = c.consts.and_then(|consts| consts(key)) {
        return v.map(Some);
    }
    // `str.__new__` of the built-in types a class may derive from (not `object`'s).
    let subclassable = || c.mro_iter().any(|b| !b.is_class() && b.kind.subclassable());
    if key == "__new__" && subclassable() {
        return Ok(Some(BUILTIN_NEW.as_value()));
    }
    // A built-in base's `__init__`, as `super().__init__` finds it: `Exception.__init__(self,
    // msg)` or `dict.__init__(self, …)` in a subclass's.
    if key == "__init__" {
        match c.mro_iter().find(|b| !b.is_class()).map(|b| b.kind) {
            Some(Kind::Exception) => return Ok(Some(EXC_INIT.as_value())),
            Some(Kind::List | Kind::Dict | Kind::Set) => {
                if let Some(init) = container_init() {
                    return Ok(Some(init.as_value()));
                }
            }
            _ => {}
        }
    }
    for b in c.mro_iter() {
        if let Some(m) = b.methods.iter().find(|m| m.name == key) {
            // (`object`'s take any object: the method itself, the same at each lookup, so that
            // `C.__getattribute__ is object.__getattribute__`.)
            if core::ptr::eq(b, &OBJECT_TYPE) {
                return Ok(Some(m.as_value()));
            }
            // `fromkeys` is a class method: bound to the class it is found through, so that
            // `D.fromkeys(…)` makes a D.
            if m.name == "fromkeys" {
                let func = m.as_value();
                return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func, obj }).map(Some);
            }
            return method_descriptor(m).map(Some);
        }
    }
    // A class is callable: `C.__call__(…)` makes an instance (type's own method).
    if key == "__call__" {
        if let Some(m) = OPERATOR_METHODS.iter().find(|m| m.name == key) {
            let func = m as *const NativeObj as Value;
            return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func, obj }).map(Some);
        }
    }
    // Their operator methods: `int.__add__`, `list.__getitem__`, `Exception.__str__`.
    if key.starts_with("__")
        && c.mro_iter().find(|b| !b.is_class()).is_some_and(|b| !core::ptr::eq(b, &OBJECT_TYPE) && offers(b.kind, key))
    {
        if let Some(m) = OPERATOR_METHODS.iter().find(|m| m.name == key) {
            return method_descriptor(m).map(Some);
        }
    }
    if let Some(m) = object_operator(key) {
        return Ok(Some(m.as_value()));
    }
    // `type`'s own methods, bound to the class (`C.mro()`).
    if key == "mro" || key == "__subclasses__" {
        if let Some(m) = TYPE_METHODS.iter().find(|m| m.name == key) {
            let func = m as *const NativeObj as Value;
            return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func, obj }).map(Some);
        }
    }
    // A class of a metaclass of the program's: the metaclass's attributes, bound to it.
    let meta = type_of(obj);
    if meta.is_class() {
        if let Some(v) = lookup_class(meta, key) {
            return bind_attr(v, obj, meta.as_value()).map(Some);
        }
    }
    if let Some(r) = object_attr(obj, key, true) {
        return r;
    }
    // A built-in type: its docstring is not kept.
    if key == "__doc__" {
        return Ok(Some(NONE));
    }
    // Its metaclass (`type`, or the program's).
    if key == "__class__" {
        return Ok(Some(meta.as_value()));
    }
    // Else the metaclass's `__getattr__`, with the class.
    if let Some(f) = meta.is_class().then(|| lookup_class(meta, "__getattr__")).flatten() {
        return call(f, &[obj, from_str(key)?], &Kw::NONE).map(Some);
    }
    Ok(None)
}

/// [`type_attr`]'s attributes found by their names (Ok(None): not one of them).
fn type_named_attr(c: &'static TypeObj, obj: Value, key: &str) -> R<Option<Value>> {
    // (A built-in type named with its module, `array.array`, is named by its last part.)
    if key == "__name__" {
        return from_str(c.short_name()).map(Some);
    }
    if key == "__qualname__" {
        return from_str(qualname(c)).map(Some);
    }
    // (A class keeps its MRO as a tuple; a built-in type's is made here.)
    if key == "__mro__" && c.mro != 0 {
        return Ok(Some(c.mro));
    }
    if key == "__mro__" {
        let mro: Vec<Value> = c.mro_iter().map(|t| t.as_value()).collect();
        return new_tuple(&mro).map(Some);
    }
    if key == "__bases__" && c.bases != 0 {
        return Ok(Some(c.bases));
    }
    if key == "__bases__" || key == "__base__" {
        let bases: Vec<&'static TypeObj> = match c.bases {
            0 => (!c.base.is_null()).then(|| unsafe { &*c.base }).into_iter().collect(),
            b => tuple_items(b).iter().filter_map(|&t| as_type(t)).collect(),
        };
        if key == "__bases__" {
            let bases: Vec<Value> = bases.iter().map(|t| t.as_value()).collect();
            return new_tuple(&bases).map(Some);
        }
        // The base whose objects' layout this class's extends: a built-in type's (`dict` in
        // `class E(B, dict)`) before plain classes', else the first.
        let layout = |t: &&&TypeObj| !matches!(t.kind, Kind::Instance | Kind::Object);
        let best = bases.iter().find(layout).or(bases.first());
        return Ok(Some(best.map_or(NONE, |t| t.as_value())));
    }
    // (A class of the program's is the main module's unless its body set `__module__`.)
    if key == "__module__" && !c.is_class() {
        return from_str(c.name.rsplit_once('.').map_or("builtins", |(m, _)| m)).map(Some);
    }
    if key == "__module__" && (c.dict == 0 || dict::get_str(c.dict, "__module__").is_none()) {
        return from_str("__main__").map(Some);
    }
    if key == "__dict__" {
        if let Some(d) = other_dict(obj) {
            return d.map(Some);
        }
        // A built-in type's: its own methods, each as the type's attribute gives it (a new
        // dict, where CPython's is a read-only view).
        if !c.is_class() {
            let d = dict::new_dict()?;
            for m in c.methods {
                dict::set_item(d, from_str(m.name)?, method_descriptor(m)?)?;
            }
            return Ok(Some(d));
        }
    }
    // A class's own docstring, not a base's (None without one).
    if key == "__doc__" && c.is_class() {
        let own = if c.dict != 0 { dict::get_str(c.dict, "__doc__") } else { None };
        return Ok(Some(own.unwrap_or(NONE)));
    }
    Ok(None)
}

/// The constant `key` of built-in type `t` (one with constants).
#[cold]
#[inline(never)]
fn type_const(t: &TypeObj, key: &str) -> Option<R> {
    t.consts.and_then(|consts| consts(key))
}

/// `obj.name`, or None where it has no such attribute: nothing is raised for a plain miss,
/// so that `getattr(obj, name, default)` and `hasattr` build no exception. (A `__getattr__`
/// of the class may still raise AttributeError.)
#[inline(always)]
pub fn lookup_attr(obj: Value, name: Value) -> R<Option<Value>> {
    lookup_attr_in(obj, name, true)
}

/// `obj.name` of an object whose class defines `__getattribute__`: that, and where it raises
/// AttributeError, the class's `__getattr__` (as CPython's slot does).
#[cold]
#[inline(never)]
fn getattribute(obj: Value, name: Value) -> R<Option<Value>> {
    let t = type_of(obj);
    let Some(f) = lookup_name(t, crate::name!("__getattribute__")) else {
        return lookup_attr_in(obj, name, false);
    };
    match call(f, &[obj, name], &Kw::NONE) {
        Ok(v) => Ok(Some(v)),
        Err(e) => match lookup_name(t, crate::name!("__getattr__")) {
            Some(ga) if pending_is(&ATTRIBUTE_ERROR) => {
                take_pending();
                call(ga, &[obj, name], &Kw::NONE).map(Some)
            }
            _ => Err(e),
        },
    }
}

/// `object.__getattribute__(obj, name)`: the attribute as found without the class's own
/// `__getattribute__`.
fn object_getattribute(a: &[Value], _: &Kw) -> R {
    let [obj, name] = a else {
        return Err(raise(&TYPE_ERROR, alloc::format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
    };
    attribute_name(*name)?;
    match lookup_attr_in(*obj, *name, false)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(*obj, as_str(*name).unwrap_or(""))),
    }
}

/// Class attribute `v` of `obj`'s class bound to `obj` (a property's getter called): where that
/// raises AttributeError, the class's `__getattr__` answers when `hooked` (as CPython's slot,
/// which calls it whenever the lookup raises AttributeError).
#[inline(always)]
fn bind_or_getattr(v: Value, obj: Value, name: Value, hooked: bool) -> R<Option<Value>> {
    match bind_attr(v, obj, type_of(obj).as_value()) {
        Ok(v) => Ok(Some(v)),
        Err(e) => getattr_after_error(e, obj, name, hooked),
    }
}

/// [`bind_or_getattr`] after the binding raised `e`.
#[cold]
#[inline(never)]
fn getattr_after_error(e: Exc, obj: Value, name: Value, hooked: bool) -> R<Option<Value>> {
    match lookup_name(type_of(obj), crate::name!("__getattr__")) {
        Some(ga) if hooked && pending_is(&ATTRIBUTE_ERROR) => {
            take_pending();
            call(ga, &[obj, name], &Kw::NONE).map(Some)
        }
        _ => Err(e),
    }
}

/// [`lookup_attr`], asking the class's `__getattribute__` (if it has one) when `hooked`.
fn lookup_attr_in(obj: Value, name: Value, hooked: bool) -> R<Option<Value>> {
    let t = type_of(obj);
    // An instance of a class, the common case: a property of the class, else the instance's
    // own attribute, else the class's (the rest below: `__class__`, `__getattr__`…).
    if t.kind == Kind::Instance && t.is_class() && is_str(name) {
        if hooked && t.hooks.get() & HOOKS_GETATTRIBUTE != 0 {
            return getattribute(obj, name);
        }
        let inst = unsafe { body::<InstanceObj>(obj) };
        let own = crate::shape::get(obj, name);
        // An attribute of its own that shadows nothing of the class: no class lookup.
        if own.is_some() && crate::icache::unshadowed(inst) {
            return Ok(own);
        }
        let in_class = lookup_class_name(t, name);
        match in_class {
            Some(v) if is_data_descriptor(v) => return bind_or_getattr(v, obj, name, hooked),
            _ => {}
        }
        if own.is_some() {
            return Ok(own);
        }
        if let Some(v) = in_class {
            return bind_or_getattr(v, obj, name, hooked);
        }
    }
    let key = as_str(name).unwrap_or("");
    match t.kind {
        Kind::Module => return crate::modules::getattr(obj, key).transpose(),
        Kind::Type => return type_attr(obj, key),
        Kind::Object if core::ptr::eq(t, &SUPER_TYPE) => {
            // (A super object's own class, as CPython's `super` type defines `__class__` of it.)
            if key == "__class__" {
                return Ok(Some(SUPER_TYPE.as_value()));
            }
            let s: &SuperObj = unsafe { body(obj) };
            let start = as_type(s.cls).expect("a class");
            // `super()` in a classmethod binds a class: its attributes as the class sees them.
            let of_class = as_type(s.obj).filter(|t| t.is_subtype(start));
            let mut after = false;
            for c in of_class.unwrap_or(type_of(s.obj)).mro_iter() {
                if after {
                    if let Some(v) = (c.dict != 0).then(|| dict::get_str(c.dict, key)).flatten() {
                        if of_class.is_some() {
                            return bind_attr(v, 0, s.obj).map(Some);
                        }
                        return bind_attr(v, s.obj, type_of(s.obj).as_value()).map(Some);
                    }
                    if let Some(m) = c.methods.iter().find(|m| m.name == key) {
                        if of_class.is_some() {
                            return Ok(Some(m as *const NativeObj as Value));
                        }
                        return alloc(BoundMethod {
                            header: Header::of(&METHOD_TYPE),
                            func: m as *const NativeObj as Value,
                            obj: s.obj,
                        })
                        .map(Some);
                    }
                    if !c.is_class() && c.kind.subclassable() && key == "__new__" {
                        return Ok(Some(BUILTIN_NEW.as_value()));
                    }
                    // (A built-in type's operator methods: `super().__str__()` of an exception.)
                    if !c.is_class() && !core::ptr::eq(c, &OBJECT_TYPE) {
                        if let Some(m) = OPERATOR_METHODS.iter().find(|m| m.name == key && offers(c.kind, key)) {
                            let func = m as *const NativeObj as Value;
                            if of_class.is_some() {
                                return Ok(Some(func));
                            }
                            return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func, obj: s.obj }).map(Some);
                        }
                    }
                    if key == "__init__" && c.kind == Kind::Exception && !c.is_class() {
                        return alloc(BoundMethod {
                            header: Header::of(&METHOD_TYPE),
                            func: EXC_INIT.as_value(),
                            obj: s.obj,
                        })
                        .map(Some);
                    }
                    if key == "__new__" && c.kind == Kind::Exception && !c.is_class() {
                        return Ok(Some(OBJECT_METHODS[0].as_value()));
                    }
                    if key == "__init__" && !c.is_class() && matches!(c.kind, Kind::List | Kind::Dict | Kind::Set) {
                        if let Some(init) = container_init() {
                            return alloc(BoundMethod {
                                header: Header::of(&METHOD_TYPE),
                                func: init.as_value(),
                                obj: s.obj,
                            })
                            .map(Some);
                        }
                    }
                    if key == "__init__" && core::ptr::eq(c, &OBJECT_TYPE) {
                        if of_class.is_some() {
                            return Ok(Some(OBJECT_INIT.as_value()));
                        }
                        return alloc(BoundMethod {
                            header: Header::of(&METHOD_TYPE),
                            func: OBJECT_INIT.as_value(),
                            obj: s.obj,
                        })
                        .map(Some);
                    }
                    if key == "__init_subclass__" && core::ptr::eq(c, &OBJECT_TYPE) {
                        // (Bound to the class: its name is in the TypeError of a keyword.)
                        let func = OBJECT_INIT_SUBCLASS.as_value();
                        return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func, obj: s.obj }).map(Some);
                    }
                    if let Some(m) = object_operator(key).filter(|_| core::ptr::eq(c, &OBJECT_TYPE)) {
                        let func = m as *const NativeObj as Value;
                        if of_class.is_some() {
                            return Ok(Some(func));
                        }
                        return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func, obj: s.obj }).map(Some);
                    }
                }
                after = after || core::ptr::eq(c, start);
            }
            return Err(raise(&ATTRIBUTE_ERROR, alloc::format!("'super' object has no attribute '{key}'")));
        }
        _ => {}
    }
    // (An object of a class deriving from a built-in type. A class's own attributes, above,
    // are not its metaclass's `__getattribute__`'s.)
    if hooked && t.kind != Kind::Instance && t.hooks.get() & HOOKS_GETATTRIBUTE != 0 {
        return getattribute(obj, name);
    }
    let class_attr = if as_str(name).is_some() { lookup_class_name(t, name) } else { None };
    if let Some(v) = class_attr {
        if is_data_descriptor(v) {
            return bind_or_getattr(v, obj, name, hooked);
        }
    }
    let d = instance_dict(obj);
    if d != 0 && as_str(name).is_some() {
        if let Some(i) = dict::find_name(d, name) {
            return Ok(dict::entry_at(d, i).map(|(_, v)| v));
        }
    }
    if as_exc(obj).is_some() {
        if let Some(r) = gated_attr(obj, name, key, Named::Exception) {
            return r;
        }
        if let Some(r) = gated_attr(obj, name, key, Named::Import) {
            return r;
        }
    }
    if let Some(v) = class_attr {
        return bind_or_getattr(v, obj, name, hooked);
    }
    if let Some(m) = t.native_method(key) {
        return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: m as *const NativeObj as Value, obj })
            .map(Some);
    }
    // A built-in object's operator methods (`d.__getitem__`, `x.__eq__`), as the operators.
    if key.starts_with("__")
        && !(t.is_class() && t.kind == Kind::Instance && t.builtin_base().is_none())
        && offers(t.kind, key)
    {
        if let Some(m) = OPERATOR_METHODS.iter().find(|m| m.name == key) {
            return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: m as *const NativeObj as Value, obj })
                .map(Some);
        }
    }
    if let Some(m) = object_operator(key) {
        return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: m as *const NativeObj as Value, obj })
            .map(Some);
    }
    if key == "__class__" {
        return Ok(Some(t.as_value()));
    }
    if let Some(r) = object_attr(obj, key, false) {
        return r;
    }
    if let Some(r) = gated_attr(obj, name, key, Named::Kind) {
        return r;
    }
    match (t.kind, key) {
        (Kind::BoundMethod, _) => {
            let f = unsafe { body::<BoundMethod>(obj) }.func;
            if is_ptr(f) && kind_of(f) == Kind::Function {
                if let Some(v) = lookup_attr(f, name)? {
                    return Ok(Some(v));
                }
            }
        }
        (Kind::Device | Kind::Array, _) => {
            if let Some(m) = t.methods.iter().find(|m| m.name == "__getattr__") {
                return m.call(&[obj, name], &Kw::NONE).map(Some);
            }
        }
        _ => {}
    }
    // Every class's namespace holds a `__doc__` in CPython (None without a docstring), found
    // before `__getattr__` is asked; the classes here keep no entry for it.
    if t.is_class() && key == "__doc__" {
        return Ok(doc_default(key));
    }
    // (Not from `object.__getattribute__`, which never asks `__getattr__`.)
    if let Some(ga) = lookup_name(t, crate::name!("__getattr__")).filter(|_| hooked) {
        return call(ga, &[obj, name], &Kw::NONE).map(Some);
    }
    // A field of a built-in module's named tuple (`time.localtime().tm_year`).
    if t.kind == Kind::Tuple {
        if let Some(i) = crate::modules::sys::struct_fields(t).and_then(|f| f.iter().position(|&n| n == key)) {
            return Ok(tuple_items(obj).get(i).copied());
        }
    }
    // A built-in type's constants, through its objects too (`sys.version_info.major`).
    if t.consts.is_some() {
        if let Some(v) = type_const(t, key) {
            return v.map(Some);
        }
    }
    match crate::iter::builtin_attr(obj, key) {
        Some(r) => r.map(Some),
        None => Ok(doc_default(key)),
    }
}

/// What every object has from `object` and its class, found after all else but a built-in
/// object's named attributes ([`object_named_attr`]), behind a gate keyed by those names and
/// `dir` (which reaches them without naming them). Where it is closed, a name computed
/// otherwise finds nothing there (AttributeError, not the left-out NotImplementedError: the
/// table of names that would take costs more than the function). Inline: a miss of a name
/// not `__…` (`getattr(o, word, 0)`) costs a compare of two bytes.
#[inline(always)]
fn object_attr(obj: Value, key: &str, of_class: bool) -> Option<R<Option<Value>>> {
    if !key.starts_with("__") {
        return None;
    }
    type Attr = fn(Value, &str, bool) -> Option<R<Option<Value>>>;
    let gate = crate::gated!(@option
        "dir|__init__|__new__|__getattribute__|__setattr__|__delattr__|__dir__|__getstate__|__reduce__|__reduce_ex__|__sizeof__|__subclasshook__|__init_subclass__|__module__|__weakref__",
        Some(object_named_attr as Attr), Attr);
    match crate::gate::read(gate) {
        Some(f) => f(obj, key, of_class),
        None => None,
    }
}

/// [`object_attr`]'s attributes: of an object (`of_class` false), `object`'s methods (`o.__init__`,
/// `o.__setattr__`; `__new__`, a static method, unbound), and for an object of a class its
/// `__module__` (the main module's, where no class of its MRO names one) and `__weakref__`
/// (None: mpyc has no weak references); of a class or a built-in type `obj`, `object`'s
/// methods not in its method table, and a class's `__weakref__`. `object`'s class methods
/// are bound to the class.
#[inline(never)]
fn object_named_attr(obj: Value, key: &str, of_class: bool) -> Option<R<Option<Value>>> {
    let t = type_of(obj);
    // (A class's lookup has found [`OBJECT_METHODS`] along its MRO already.)
    let first: &[NativeObj] = if of_class { &[] } else { OBJECT_METHODS };
    if let Some(m) = first.iter().chain(OBJECT_MORE_METHODS).find(|m| m.name == key) {
        let bound_to = match is_object_classmethod(key) {
            true if of_class => obj,
            true => t.as_value(),
            false if of_class || key == "__new__" => return Some(Ok(Some(m.as_value()))),
            false => obj,
        };
        return Some(
            alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: m.as_value(), obj: bound_to }).map(Some),
        );
    }
    let class = if of_class { as_type(obj)? } else { t };
    match key {
        "__module__" if class.is_class() && !of_class => Some(from_str("__main__").map(Some)),
        "__weakref__" if class.is_class() && class.slot_names == 0 => Some(Ok(Some(NONE))),
        _ => None,
    }
}

/// Whether `object`'s method `key` is a class method of CPython's.
fn is_object_classmethod(key: &str) -> bool {
    matches!(key, "__init_subclass__" | "__subclasshook__")
}

/// The attributes of built-in objects found by their names late in [`lookup_attr_in`]'s
/// search, in two gates keyed by those names: a firmware whose program names none of them
/// leaves them out (with what they need: `setattr` for a function's `__annotations__`…), and a
/// name computed at run time finds them left out (NotImplementedError).
#[derive(Clone, Copy)]
enum Named {
    /// An exception's: `args`, `__cause__`, `errno`… (before its class's attributes).
    Exception,
    /// An ImportError's `name` and `path`: a gate of their own, as `name` is a word many
    /// programs spell for other things.
    Import,
    /// Those of functions, methods, properties, cells, slices, and every object's `__dict__`
    /// (after its class's attributes and its type's methods).
    Kind,
}

/// Attribute `key` of `obj` from the gate of `which`: None where it has none such (the search
/// goes on), else what the gate's function answers, or where the gate is closed and a built-in
/// object might have it, [`crate::gate::left_out`].
#[inline(always)]
fn gated_attr(obj: Value, name: Value, key: &str, which: Named) -> Option<R<Option<Value>>> {
    type Attr = fn(Value, Value, &str) -> R<Option<Value>>;
    let (gate, names) = match which {
        Named::Exception => crate::gated!(@names exception_attr, Attr;
            "args", "__cause__", "__context__", "__suppress_context__", "errno", "strerror", "filename", "filename2",
            "value", "code", "encoding", "object", "start", "end", "reason"),
        Named::Import => crate::gated!(@names import_attr, Attr; "name", "path"),
        Named::Kind => crate::gated!(@names kind_attr, Attr;
            "__dict__", "fget", "fset", "fdel", "__closure__", "cell_contents", "__name__", "__qualname__",
            "__defaults__", "__kwdefaults__", "__module__", "__globals__", "__annotations__", "__doc__", "__self__",
            "__traceback__", "__func__", "__wrapped__", "__get__", "__code__", "__isabstractmethod__"),
    };
    match gate {
        Some(f) => match f(obj, name, key) {
            Ok(None) => None,
            r => Some(r),
        },
        None => gate_closed_attr(obj, key, names, which),
    }
}

/// [`gated_attr`] where the gate is closed: left out where `obj` could have `key` by the
/// gate's function.
#[cold]
#[inline(never)]
fn gate_closed_attr(obj: Value, key: &str, names: &[&str], which: Named) -> Option<R<Option<Value>>> {
    let t = type_of(obj);
    let k = t.kind;
    // (An instance's miss, the common case here, first: only `__dict__` could be its.)
    if k == Kind::Instance && key != "__dict__" {
        return None;
    }
    // (What the gate's function would answer for, so that elsewhere the search goes on to
    // CPython's answer: AttributeError, or `getattr`'s default.)
    let has = match which {
        Named::Exception => match key {
            "errno" | "strerror" | "filename" | "filename2" => isinstance(obj, &OS_ERROR),
            "value" => isinstance(obj, &STOP_ITERATION),
            "code" => isinstance(obj, &SYSTEM_EXIT),
            "encoding" | "object" | "start" | "end" | "reason" => isinstance(obj, &UNICODE_ERROR),
            _ => true,
        },
        Named::Import => isinstance(obj, &IMPORT_ERROR),
        Named::Kind => match key {
            "__dict__" => match k {
                Kind::Instance => t.slot_names == 0,
                Kind::List | Kind::Dict | Kind::Set => t.is_class() && t.slot_names == 0,
                _ => matches!(k, Kind::Exception | Kind::Function),
            },
            "fget" | "fset" | "fdel" => k == Kind::Property,
            "cell_contents" => k == Kind::Cell,
            "__name__" | "__qualname__" => matches!(k, Kind::Function | Kind::Native | Kind::BoundMethod),
            "__doc__" => matches!(k, Kind::Function | Kind::Property),
            "__self__" => k == Kind::BoundMethod,
            "__func__" => matches!(k, Kind::BoundMethod | Kind::StaticMethod | Kind::ClassMethod),
            "__wrapped__" | "__isabstractmethod__" => matches!(k, Kind::StaticMethod | Kind::ClassMethod),
            "__traceback__" => k == Kind::Exception,
            _ => k == Kind::Function,
        },
    };
    crate::gate::attr_left_out(key, names).filter(|_| has).map(Err)
}

/// `f.__get__(obj, type=None)`, a function's descriptor: `f` bound to `obj`, or `f` itself
/// for an `obj` of None (through a class).
static FUNCTION_GET: NativeObj =
    NativeObj::method("__get__", 1, 2, |a, _| match (a[1], a.get(2).copied().unwrap_or(NONE)) {
        (NONE, NONE) => Err(raise(&TYPE_ERROR, "__get__(None, None) is invalid")),
        (NONE, _) => Ok(a[0]),
        (obj, _) => alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func: a[0], obj }),
    });

/// [`Named::Import`]'s: an ImportError's module (where the runtime raises one) and path, None
/// unless given (or set).
fn import_attr(obj: Value, _: Value, key: &str) -> R<Option<Value>> {
    let Some(e) = as_exc(obj).filter(|_| isinstance(obj, &IMPORT_ERROR)) else { return Ok(None) };
    let set = (e.dict != 0).then(|| crate::dict::get_str(e.dict, key)).flatten();
    let module = (key == "name" && e.fields != 0).then_some(e.fields);
    Ok(Some(set.or(module).unwrap_or(NONE)))
}

/// [`Named::Exception`]'s attributes (Ok(None): not one of them).
fn exception_attr(obj: Value, _: Value, key: &str) -> R<Option<Value>> {
    let Some(e) = as_exc(obj) else { return Ok(None) };
    match key {
        "args" => return Ok(Some(e.args)),
        "__cause__" => return Ok(Some(e.cause)),
        "__context__" => return Ok(Some(e.context)),
        "__suppress_context__" => return Ok(Some(e.suppress_context)),
        // OSError(errno, strerror) names its arguments; its filenames are attributes (None
        // until given: `exc_new`).
        "errno" | "strerror" if isinstance(obj, &OS_ERROR) => {
            let args = if e.args != 0 { tuple_items(e.args) } else { &[] };
            let i = usize::from(key == "strerror");
            return Ok(Some(if (2..=5).contains(&args.len()) { args[i] } else { NONE }));
        }
        "filename" | "filename2" if isinstance(obj, &OS_ERROR) => {
            return Ok(Some(crate::exc::os_error_filename(e, key)));
        }
        "value" if isinstance(obj, &STOP_ITERATION) => {
            return Ok(Some(tuple_items(e.args).first().copied().unwrap_or(NONE)))
        }
        // A UnicodeDecodeError's or UnicodeEncodeError's parts, of one made of them (the
        // runtime's hold theirs as attributes).
        "encoding" | "object" | "start" | "end" | "reason" if isinstance(obj, &UNICODE_ERROR) => {
            let args = if e.args != 0 { tuple_items(e.args) } else { &[] };
            let i = ["encoding", "object", "start", "end", "reason"].iter().position(|k| *k == key).unwrap_or(0);
            if args.len() == 5 {
                return Ok(Some(args[i]));
            }
        }
        // SystemExit's code: its one argument, or all of them, or None.
        "code" if isinstance(obj, &SYSTEM_EXIT) => return Ok(Some(crate::exc::exit_code(obj))),
        _ => {}
    }
    Ok(None)
}

/// [`Named::Kind`]'s attributes (Ok(None): not one of them).
fn kind_attr(obj: Value, name: Value, key: &str) -> R<Option<Value>> {
    let t = type_of(obj);
    match (t.kind, key) {
        (Kind::Instance, "__dict__") if is_plain_instance(obj) && t.slot_names == 0 => {
            return instance_vars(obj).map(Some)
        }
        (Kind::Exception | Kind::List | Kind::Dict | Kind::Set, "__dict__") if t.slot_names == 0 => {
            if let Some(d) = other_dict(obj) {
                return d.map(Some);
            }
        }
        (Kind::Property, "fget" | "fset" | "fdel") => {
            let w: &WrapperObj = unsafe { body(obj) };
            let f = [w.func, w.fset, w.deleter()][["fget", "fset", "fdel"].iter().position(|&k| k == key).unwrap_or(0)];
            return Ok(Some(if f == 0 { NONE } else { f }));
        }
        (Kind::Function, "__closure__") => {
            let cells = unsafe { body::<FuncObj>(obj) }.cells;
            return Ok(Some(if cells == 0 { NONE } else { cells }));
        }
        (Kind::Cell, "cell_contents") => {
            return match unsafe { body::<CellObj>(obj) }.value {
                0 => Err(raise(&VALUE_ERROR, "Cell is empty")),
                v => Ok(Some(v)),
            };
        }
        (Kind::Function, "__get__") => {
            let func = &FUNCTION_GET as *const NativeObj as Value;
            return alloc(BoundMethod { header: Header::of(&METHOD_TYPE), func, obj }).map(Some);
        }
        (Kind::Function, "__name__") => return from_str(unsafe { body::<FuncObj>(obj) }.func_name()).map(Some),
        (Kind::Function, "__qualname__") => return from_str(unsafe { body::<FuncObj>(obj) }.qualname()).map(Some),
        (Kind::Function, "__defaults__" | "__kwdefaults__") => {
            let f = unsafe { body::<FuncObj>(obj) };
            let d = if key == "__defaults__" { f.defaults } else { f.kwdefaults };
            return Ok(Some(if d == 0 { NONE } else { d }));
        }
        (Kind::Function, "__module__") => return from_str(unsafe { &*body::<FuncObj>(obj).info }.module()).map(Some),
        (Kind::Function, "__globals__") => {
            let globals_of = crate::modules::GLOBALS_OF.get();
            if let Some(ns) = globals_of.and_then(|f| f(unsafe { &*body::<FuncObj>(obj).info }.module())) {
                return ns.map(Some);
            }
        }
        // Its attributes' dict, made on first use.
        (Kind::Function, "__dict__") => {
            let f = unsafe { body::<FuncObj>(obj) };
            if f.dict == 0 {
                f.dict = dict::new_dict()?;
            }
            return Ok(Some(f.dict));
        }
        // A function without annotations: an empty dict, made once (as CPython's).
        (Kind::Function, "__annotations__") => {
            let d = dict::new_dict()?;
            setattr(obj, name, d)?;
            return Ok(Some(d));
        }
        // (Kept only when the program reads `__doc__`; a built-in's never.)
        (Kind::Function, "__doc__") => {
            return match unsafe { body::<FuncObj>(obj) }.doc() {
                Some(d) => from_str(d).map(Some),
                None => Ok(Some(NONE)),
            }
        }
        (Kind::Native, "__doc__") => return Ok(Some(NONE)),
        // A property's is its getter's (as CPython's without `doc=`).
        (Kind::Property, "__doc__") => {
            let w = unsafe { body::<WrapperObj>(obj) };
            if w.doc() != NONE {
                return Ok(Some(w.doc()));
            }
            return getattr(w.func, name).map(Some);
        }
        (Kind::Native, "__name__") => return from_str(unsafe { body::<NativeObj>(obj) }.name).map(Some),
        // A built-in type's method is qualified by its type (`str.upper`), a function not.
        (Kind::Native, "__qualname__") => {
            let n = unsafe { body::<NativeObj>(obj) };
            return match owner_type(n) {
                Some(t) => crate::str::from_string(alloc::format!("{}.{}", t.name, n.name)).map(Some),
                None => from_str(n.name).map(Some),
            };
        }
        (Kind::BoundMethod, "__self__") => return Ok(Some(unsafe { body::<BoundMethod>(obj) }.obj)),
        (Kind::BoundMethod, "__name__" | "__qualname__") => {
            let m = unsafe { body::<BoundMethod>(obj) };
            let f = if is_method_descriptor(m.func) { m.obj } else { m.func };
            return getattr(f, name).map(Some);
        }
        (Kind::Function, "__code__") => return crate::modules::sys::code_of(unsafe { body::<FuncObj>(obj) }).map(Some),
        (Kind::Exception, "__traceback__") => {
            type Tb = fn(Value) -> R;
            let tb = crate::gated!("__traceback__", crate::modules::sys::traceback_of, Tb);
            return tb.map_or(Ok(NONE), |f| f(obj)).map(Some);
        }
        (Kind::StaticMethod | Kind::ClassMethod, "__func__" | "__wrapped__") => {
            return Ok(Some(unsafe { body::<WrapperObj>(obj) }.func));
        }
        // Abstract as its function is (`@classmethod` over `@abstractmethod`).
        (Kind::StaticMethod | Kind::ClassMethod, "__isabstractmethod__") => {
            let func = unsafe { body::<WrapperObj>(obj) }.func;
            return match lookup_attr(func, name)? {
                Some(v) => crate::ops::truthy(v).map(|b| Some(bool_value(b))),
                None => Ok(Some(FALSE)),
            };
        }
        (Kind::BoundMethod, "__func__") => {
            let m = unsafe { body::<BoundMethod>(obj) };
            return Ok(Some(if is_method_descriptor(m.func) { m.obj } else { m.func }));
        }
        // Other attributes of a method are its function's (`m.__annotations__`, `m.tag`).
        _ => {}
    }
    Ok(None)
}

/// Every object has a `__doc__`: None without a docstring (and for built-ins, whose
/// docstrings the firmware does not keep).
#[cold]
#[inline(never)]
fn doc_default(key: &str) -> Option<Value> {
    (key == "__doc__").then_some(NONE)
}

/// `obj.__dict__` (and `vars(obj)`) of an instance of a class: its attributes as a dict, which
/// they stay in from now on (what the program does to the dict, it does to the attributes).
pub fn instance_vars(obj: Value) -> R {
    let d = crate::shape::to_dict(obj)?;
    // A name of the class may come into the dict by any way now: no method is called
    // without looking at the instance first.
    unsafe { body::<InstanceObj>(obj) }.shadows = 1;
    Ok(d)
}

/// `obj.__dict__` for what has one besides plain instances: a class (a copy of its
/// attributes: CPython's is a read-only view), an exception (its own attributes).
fn other_dict(obj: Value) -> Option<R> {
    if let Some(c) = as_type(obj) {
        return c.is_class().then(|| class_dict(c));
    }
    if let Some(d) = builtin_sub_attrs(obj) {
        if *d == 0 {
            match dict::new_dict() {
                Ok(n) => *d = n,
                Err(x) => return Some(Err(x)),
            }
        }
        return Some(Ok(*d));
    }
    if is_ptr(obj) && type_of(obj).kind == Kind::Exception {
        return Some(crate::exc::own_dict(unsafe { body::<crate::exc::ExcObj>(obj) }));
    }
    None
}

/// A copy of class `c`'s attributes, for `c.__dict__`: with `__doc__` (None without a
/// docstring) last where the class holds none, as every class's namespace in CPython has it
/// (the class itself keeps no entry for it: `type_attr` answers None).
fn class_dict(c: &'static TypeObj) -> R {
    let d = if c.dict == 0 { dict::new_dict()? } else { dict::copy(c.dict)? };
    if dict::get_str(d, "__doc__").is_none() {
        dict::set_item(d, from_str("__doc__")?, NONE)?;
    }
    Ok(d)
}

/// `cls.name = v` for a class of the program's.
#[cold]
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.rt_make_class|type/set_class_attr")]
fn set_class_attr(c: &'static TypeObj, name: Value, v: Value) -> R<()> {
    crate::icache::classes_changed();
    let key = as_str(name).unwrap_or("");
    match key {
        "__setattr__" => c.hooks.set(c.hooks.get() | HOOKS_SETATTR),
        "__delattr__" => c.hooks.set(c.hooks.get() | HOOKS_DELATTR),
        "__getattribute__" => c.hooks.set(c.hooks.get() | HOOKS_GETATTRIBUTE),
        _ => {}
    }
    let mut v = v;
    // A class renamed: its `__name__` and the name its objects' messages give (not its
    // `__qualname__`, which its repr shows, kept in its dict when it was the name), as
    // CPython's. (The str is the class's `name_obj`, which keeps it.)
    if key == "__name__" {
        let Some(text) = as_str(v) else {
            let msg = alloc::format!("can only assign string to {}.__name__, not '{}'", c.name, type_name(v));
            return Err(raise(&TYPE_ERROR, msg));
        };
        if dict::get_str(c.dict, "__qualname__").is_none() {
            let q = from_str(qualname(c))?;
            dict::set_item(c.dict, from_str("__qualname__")?, q)?;
        }
        let text: &'static str = unsafe { &*(text as *const str) };
        let m = c as *const TypeObj as *mut TypeObj;
        unsafe {
            (*m).name_obj = v;
            (*m).name = text;
        }
        return Ok(());
    }
    if key == "__new__" && matches!(c.kind, Kind::Instance | Kind::Object) {
        // A `__new__` given to the class now: calls of it take the general path from now on,
        // which calls it (a static method, as one defined in the class body).
        if kind_of(v) == Kind::Function {
            v = alloc(WrapperObj { header: Header::of(&STATICMETHOD_TYPE), func: v, fset: NONE, fdel: NONE })?;
        }
        unsafe { (*(c as *const TypeObj as *mut TypeObj)).new = USER_NEW };
    }
    dict::set_item(c.dict, name, v)?;
    // An operator's special method given to a built-in type's subclass now: the operators
    // ask its classes from now on.
    if key.starts_with("__") && c.kind.subclassable() && defines_operators(c.dict) {
        c.hooks.set(c.hooks.get() | HOOKS_OPERATORS);
    }
    Ok(())
}

/// `vars(obj)`.
pub fn vars(a: &[Value], _: &Kw) -> R {
    match a {
        [obj] if is_plain_instance(*obj) => instance_vars(*obj),
        [obj] if other_dict(*obj).is_some() => other_dict(*obj).unwrap_or(Ok(NONE)),
        [obj] if is_ptr(*obj) && type_of(*obj).kind == Kind::Module => crate::modules::dict_of(*obj)
            .unwrap_or_else(|| Err(raise(&TYPE_ERROR, "vars() argument must have __dict__ attribute"))),
        [_] => Err(raise(&TYPE_ERROR, "vars() argument must have __dict__ attribute")),
        [] => Err(raise(&NOT_IMPLEMENTED_ERROR, "vars() without an argument (locals()) is not supported by mpyc")),
        _ => Err(raise(&TYPE_ERROR, alloc::format!("vars expected at most 1 argument, got {}", a.len()))),
    }
}

/// TypeError unless `name` is a str (`setattr(obj, 1, v)`).
#[inline(always)]
pub(crate) fn attribute_name(name: Value) -> R<()> {
    if is_str(name) {
        return Ok(());
    }
    Err(raise(&TYPE_ERROR, alloc::format!("attribute name must be string, not '{}'", type_of(name).name)))
}

/// `obj.name = v`.
pub fn setattr(obj: Value, name: Value, v: Value) -> R<()> {
    attribute_name(name)?;
    let t = type_of(obj);
    // A class's own `__setattr__` decides (`object.__setattr__` is the store below).
    if t.hooks.get() & HOOKS_SETATTR != 0 {
        if let Some(f) = lookup_name(t, crate::name!("__setattr__")) {
            call(f, &[obj, name, v], &Kw::NONE)?;
            return Ok(());
        }
    }
    store_attr(obj, t, name, v)
}

/// `obj.__class__ = v` for an object of class `t`: the object becomes one of class `v`, when
/// its objects are laid out as `t`'s (plain classes with the same `__slots__`, or classes of
/// one built-in base: two subclasses of Exception, of list), as CPython.
#[cold]
#[inline(never)]
fn set_class_of(obj: Value, t: &'static TypeObj, v: Value) -> R<()> {
    let Some(c) = as_type(v) else {
        let msg = alloc::format!("__class__ must be set to a class, not '{}' object", type_name(v));
        return Err(raise(&TYPE_ERROR, msg));
    };
    if !c.is_class() || !t.is_class() {
        let msg = "__class__ assignment only supported for mutable types or ModuleType subclasses";
        return Err(raise(&TYPE_ERROR, msg));
    }
    let same_slots = t.slot_names == c.slot_names
        || (t.slot_names != 0 && c.slot_names != 0 && crate::ops::eq(t.slot_names, c.slot_names)?);
    // (The built-in type its objects are laid out as: `object`, `list`, `ValueError`…)
    let base = |x: &'static TypeObj| x.mro_iter().find(|b| !b.is_class()).map(|b| b as *const TypeObj);
    if c.kind != t.kind || !same_slots || base(t) != base(c) {
        let msg = alloc::format!("__class__ assignment: '{}' object layout differs from '{}'", c.name, t.name);
        return Err(raise(&TYPE_ERROR, msg));
    }
    unsafe { (*(obj as *mut Header)).ty = c };
    if t.kind == Kind::Instance {
        // (Its attributes may now hide the new class's: lookups look at the instance first.)
        unsafe { body::<InstanceObj>(obj) }.shadows = 1;
    }
    Ok(())
}

/// `object.__setattr__(obj, name, v)`: the store itself (`t` the type of `obj`). (Inlined:
/// out of line, `setattr` by name costs core_locals 4%; `object.__setattr__`'s copy is linked
/// only where the program names it.)
#[inline(always)]
fn store_attr(obj: Value, t: &'static TypeObj, name: Value, v: Value) -> R<()> {
    if t.kind == Kind::Instance && t.is_class() && is_str(name) {
        // Replacing an attribute of its own that shadows nothing of the class.
        let inst = unsafe { body::<InstanceObj>(obj) };
        if crate::icache::unshadowed(inst) && crate::shape::replace(obj, name, v) {
            return Ok(());
        }
        if is_plain_instance(obj) && t.slot_names == 0 && as_str(name).is_some_and(|n| n.len() == 8 && n == "__dict__")
        {
            // The instance's attributes become that dict (and stay a dict).
            if !(is_ptr(v) && ptr_kind(v) == Kind::Dict) {
                let msg = alloc::format!("__dict__ must be set to a dictionary, not a '{}'", type_of(v).name);
                return Err(raise(&TYPE_ERROR, msg));
            }
            let inst = unsafe { body::<InstanceObj>(obj) };
            inst.attrs = v;
            inst.shadows = 1;
            return Ok(());
        }
        if as_str(name).is_some_and(|n| n.len() == 9 && n == "__class__") {
            return set_class_of(obj, t, v);
        }
        match lookup_class_name(t, name) {
            Some(p) if is_data_descriptor(p) => {}
            _ if not_a_slot(t, name) => return Err(no_attribute(obj, as_str(name).unwrap_or(""))),
            in_class => return crate::icache::store_own(obj, name, v, in_class.is_some()),
        }
    }
    let key = as_str(name).unwrap_or("");
    if t.kind == Kind::Module {
        return crate::modules::setattr(obj, name, v);
    }
    if let Some(c) = as_type(obj) {
        // (A data descriptor of its metaclass's, below, takes the store: as CPython's.)
        let meta_descriptor = t.is_class() && lookup_class(t, key).is_some_and(is_data_descriptor);
        if !meta_descriptor {
            if c.is_class() {
                return set_class_attr(c, name, v);
            }
            let msg = alloc::format!("cannot set '{key}' attribute of immutable type '{}'", c.name);
            return Err(raise(&TYPE_ERROR, msg));
        }
    }
    if let Some(p) = if as_str(name).is_some() { lookup_class_name(t, name) } else { None } {
        if let Some(d) = user_descriptor(p).filter(|d| d.set.is_some() || d.delete.is_some()) {
            let Some(set) = d.set else {
                return Err(raise(&ATTRIBUTE_ERROR, "__set__"));
            };
            call(set, &[p, obj, v], &Kw::NONE)?;
            return Ok(());
        }
        if kind_of(p) == Kind::Property {
            let w: &WrapperObj = unsafe { body(p) };
            if w.fset == NONE {
                return Err(raise(
                    &ATTRIBUTE_ERROR,
                    alloc::format!("property '{key}' of '{}' object has no setter", t.name),
                ));
            }
            call(w.fset, &[obj, v], &Kw::NONE)?;
            return Ok(());
        }
    }
    // (An instance of a plain class took this above.)
    if key == "__class__" && t.is_class() {
        return set_class_of(obj, t, v);
    }
    if is_ptr(obj) && t.kind == Kind::Function {
        if matches!(key, "__globals__" | "__closure__" | "__builtins__") {
            return Err(raise(&ATTRIBUTE_ERROR, "readonly attribute"));
        }
        let f: &mut FuncObj = unsafe { body(obj) };
        // The defaults a call takes from now on (None: none).
        if key == "__defaults__" || key == "__kwdefaults__" {
            let (tuple, field) =
                if key == "__defaults__" { (true, &mut f.defaults) } else { (false, &mut f.kwdefaults) };
            let fits = v == NONE || (is_ptr(v) && kind_of(v) == if tuple { Kind::Tuple } else { Kind::Dict });
            if !fits {
                let what = if tuple { "tuple" } else { "dict" };
                return Err(raise(&TYPE_ERROR, alloc::format!("{key} must be set to a {what} object")));
            }
            *field = if v == NONE { 0 } else { v };
            return Ok(());
        }
        // Functions take attributes of their own, as in CPython.
        if f.dict == 0 {
            f.dict = dict::new_dict()?;
        }
        return dict::set_item(f.dict, name, v);
    }
    if is_plain_instance(obj) {
        let d = crate::shape::to_dict(obj)?;
        return dict::set_item(d, name, v);
    }
    if let Some(d) = builtin_sub_attrs(obj) {
        // (A subclass with `__slots__`: its slots are kept in the same dict.)
        if not_a_slot(t, name) {
            return Err(no_attribute(obj, key));
        }
        if *d == 0 {
            *d = dict::new_dict()?;
        }
        return dict::set_item(*d, name, v);
    }
    if !has_dict(obj) {
        return Err(no_attribute(obj, key));
    }
    // An exception's chain is its own fields (what tracebacks show), not attributes.
    if let Some(e) = crate::exc::as_exc(obj) {
        let is_exc = |v: Value| v == NONE || crate::exc::as_exc(v).is_some();
        match key {
            "__context__" | "__cause__" if !is_exc(v) => {
                let what = if key == "__cause__" { "cause" } else { "context" };
                return Err(raise(
                    &TYPE_ERROR,
                    alloc::format!("exception {what} must be None or derive from BaseException"),
                ));
            }
            "__context__" => {
                e.context = v;
                return Ok(());
            }
            "__cause__" => {
                e.cause = v;
                return Ok(());
            }
            "__suppress_context__" => {
                e.suppress_context = bool_value(crate::ops::truthy(v)?);
                return Ok(());
            }
            // Any iterable, kept as a tuple: what `str(e)` and `repr(e)` show from then on.
            "args" => {
                e.args = crate::list::to_tuple(v)?;
                return Ok(());
            }
            // (The library's: a derived exception group takes its original's frames.)
            "_mpyc_frames_of" => {
                let from = crate::exc::as_exc(v).map_or(0, |x| x.frames);
                e.frames = if from == 0 { 0 } else { crate::list::new_list(crate::list::list_items(from))? };
                return Ok(());
            }
            _ => {}
        }
    }
    let e: &mut crate::exc::ExcObj = unsafe { body(obj) };
    if e.dict == 0 {
        e.dict = dict::new_dict()?;
    }
    dict::set_item(e.dict, name, v)
}

/// `del obj.name`.
pub fn delattr(obj: Value, name: Value) -> R<()> {
    attribute_name(name)?;
    crate::icache::classes_changed();
    let t = type_of(obj);
    if t.hooks.get() & HOOKS_DELATTR != 0 {
        if let Some(f) = lookup_name(t, crate::name!("__delattr__")) {
            call(f, &[obj, name], &Kw::NONE)?;
            return Ok(());
        }
    }
    delete_attr(obj, name)
}

/// `object.__delattr__(obj, name)`: a property's deleter, a descriptor's `__delete__`, or the
/// attribute of its own.
fn delete_attr(obj: Value, name: Value) -> R<()> {
    let t = type_of(obj);
    if t.kind == Kind::Module {
        return crate::modules::delattr(obj, name);
    }
    if as_type(obj).is_none() && t.is_class() && as_str(name).is_some() {
        if let Some(p) = lookup_class_name(t, name) {
            if kind_of(p) == Kind::Property {
                let w: &WrapperObj = unsafe { body(p) };
                if w.deleter() == NONE {
                    let key = as_str(name).unwrap_or("");
                    return Err(raise(
                        &ATTRIBUTE_ERROR,
                        alloc::format!("property '{key}' of '{}' object has no deleter", t.name),
                    ));
                }
                call(w.deleter(), &[obj], &Kw::NONE)?;
                return Ok(());
            }
            if let Some(del) = user_descriptor(p).and_then(|d| d.delete) {
                call(del, &[p, obj], &Kw::NONE)?;
                return Ok(());
            }
        }
    }
    if let Some(c) = as_type(obj) {
        if !c.is_class() {
            let key = as_str(name).unwrap_or("");
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("cannot delete '{key}' attribute of immutable type '{}'", c.name),
            ));
        }
        if as_str(name) == Some("__name__") {
            return Err(raise(&TYPE_ERROR, alloc::format!("cannot delete '__name__' attribute of type '{}'", c.name)));
        }
        if dict::remove(c.dict, name)?.is_some() {
            return Ok(());
        }
        return Err(no_attribute(obj, as_str(name).unwrap_or("")));
    }
    let d = if is_plain_instance(obj) && has_instance_attr(obj, name) {
        crate::shape::to_dict(obj)?
    } else {
        instance_dict(obj)
    };
    if d != 0 && dict::remove(d, name)?.is_some() {
        return Ok(());
    }
    if t.slot_names != 0 && !not_a_slot(t, name) {
        // An empty slot: CPython's member descriptor says only the name.
        return Err(raise(&ATTRIBUTE_ERROR, as_str(name).unwrap_or("")));
    }
    Err(no_attribute(obj, as_str(name).unwrap_or("")))
}

#[no_mangle]
pub extern "C" fn rt_getattr(obj: Value, name: Value) -> Value {
    ret(getattr(obj, name))
}

#[no_mangle]
pub extern "C" fn rt_setattr(obj: Value, name: Value, v: Value) -> Value {
    ret(setattr(obj, name, v).map(|_| NONE))
}

#[no_mangle]
pub extern "C" fn rt_delattr(obj: Value, name: Value) -> Value {
    ret(delattr(obj, name).map(|_| NONE))
}

// ---------------------------------------------------------------------------------------------
// Making functions and classes

/// A `def` or `lambda` being executed: `spec` packs the parameter counts and flags
/// (`nargs | nkwonly << 12 | flags << 24`).
#[no_mangle]
pub unsafe extern "C" fn rt_make_function(
    code: usize,
    info: *const Info,
    spec: usize,
    defaults: Value,
    kwdefaults: Value,
    cells: Value,
) -> Value {
    let (nargs, nkwonly, fl) = (spec & 0xfff, (spec >> 12) & 0xfff, spec >> 24);
    let plain = nkwonly == 0 && fl & (flags::VARARGS | flags::VARKW | flags::GENERATOR | flags::PACKED) == 0;
    let direct = match (plain, fl & flags::ENV != 0) {
        (false, _) => usize::MAX,
        (true, false) => nargs,
        (true, true) => nargs | DIRECT_ENV,
    };
    ret(alloc(FuncObj {
        header: Header::of(&FUNCTION_TYPE),
        code,
        info,
        nargs,
        nkwonly,
        flags: fl,
        defaults,
        kwdefaults,
        cells,
        direct,
        dict: 0,
    }))
}

/// The cell `i` of the running closure `f`.
#[no_mangle]
pub extern "C" fn rt_cell(f: Value, i: usize) -> Value {
    let fo: &FuncObj = unsafe { body(f) };
    tuple_items(fo.cells)[i]
}

/// A new cell holding `v` (0: empty).
#[no_mangle]
pub extern "C" fn rt_new_cell(v: Value) -> Value {
    ret(alloc(CellObj { header: Header::of(&CELL_TYPE), value: v }))
}

/// The C3 merge of `seqs` (the bases' MROs, then the bases), or the classes left at the
/// heads when no order exists, each once.
fn merge_mro(mut seqs: Vec<Vec<Value>>) -> Result<Vec<Value>, Vec<Value>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let Some(head) = seqs.iter().map(|s| s[0]).find(|&c| !seqs.iter().any(|s| s[1..].contains(&c))) else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// `class name(*bases): …` after its body ran into `ns`.
#[no_mangle]
pub extern "C" fn rt_make_class(name: Value, bases: Value, ns: Value, kw: Value) -> Value {
    ret(class_statement(name, bases, ns, kw))
}

/// A class statement's class: made by its metaclass — the `metaclass` keyword's, or the most
/// derived of the bases' types (CPython's rule) — called with the name, the bases, the
/// namespace and the other keywords; by `type` (`make_class`) when that is `type`.
fn class_statement(name: Value, bases: Value, ns: Value, kw: Value) -> R {
    let bases = mro_entries(bases, ns)?;
    let mut explicit = None;
    if kw != 0 {
        if let Some(m) = dict::get_str(kw, "metaclass") {
            dict::remove(kw, from_str("metaclass")?)?;
            explicit = Some(m);
        }
    }
    let kw = if kw != 0 && dict::len(kw) == 0 { 0 } else { kw };
    // A metaclass that is not a class (a function): called, whatever it makes.
    if let Some(m) = explicit.filter(|&m| as_type(m).is_none()) {
        return with_kw_dict(kw, |k| call(m, &[name, bases, ns], k));
    }
    let winner = metaclass(explicit, bases)?;
    if core::ptr::eq(winner, &TYPE_TYPE) {
        return make_class(name, bases, ns, kw);
    }
    with_kw_dict(kw, |k| call(winner.as_value(), &[name, bases, ns], k))
}

/// A class's metaclass: the `metaclass` keyword's class (`explicit`), or the most derived
/// of the bases' types (CPython's rule), `type` without either.
fn metaclass(explicit: Option<Value>, bases: Value) -> R<&'static TypeObj> {
    let mut winner: &'static TypeObj = explicit.and_then(as_type).unwrap_or(&TYPE_TYPE);
    for &b in tuple_items(bases) {
        let bm = type_of(b);
        if winner.is_subtype(bm) {
            continue;
        }
        if !bm.is_subtype(winner) {
            return Err(raise(
                &TYPE_ERROR,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        winner = bm;
    }
    Ok(winner)
}

/// The namespace the body of a class statement with bases or keywords fills: what its
/// metaclass's `__prepare__` returns, called with the name, the bases and the keywords but
/// `metaclass` (any mapping), or a new dict when it has none.
#[no_mangle]
pub extern "C" fn rt_class_prepare(name: Value, bases: Value, kw: Value) -> Value {
    ret((|| {
        let explicit = if kw != 0 { dict::get_str(kw, "metaclass") } else { None };
        if explicit.is_none() && tuple_items(bases).iter().all(|&b| core::ptr::eq(type_of(b), &TYPE_TYPE)) {
            return dict::new_dict();
        }
        // (The classes `__mro_entries__` stands for are the standard ones: their metaclass
        // is `type`.)
        let classes: Vec<Value> = tuple_items(bases).iter().copied().filter(|&b| as_type(b).is_some()).collect();
        let meta = match explicit {
            Some(m) if as_type(m).is_none() => m,
            _ => metaclass(explicit, new_tuple(&classes)?)?.as_value(),
        };
        // (One a class of the program's defines: `type`'s own makes a new dict.)
        let prepare = match as_type(meta) {
            Some(t) if lookup_class(t, "__prepare__").is_none() => None,
            _ => lookup_attr(meta, from_str("__prepare__")?)?,
        };
        let Some(prepare) = prepare else { return dict::new_dict() };
        let rest = dict::new_dict()?;
        if kw != 0 {
            for k in dict::keys_vec(kw)? {
                if as_str(k) != Some("metaclass") {
                    dict::set_item(rest, k, dict::get(kw, k)?.unwrap_or(NONE))?;
                }
            }
        }
        let ns = with_kw_dict(if dict::len(rest) == 0 { 0 } else { rest }, |k| call(prepare, &[name, bases], k))?;
        if !is_ptr(ns)
            || crate::ops::special_named(ns, crate::name!("__getitem__")).is_none() && kind_of(ns) != Kind::Dict
        {
            let what = as_type(meta).map_or("?", |t| t.name);
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("{what}.__prepare__() must return a mapping, not {}", type_name(ns)),
            ));
        }
        Ok(ns)
    })())
}

/// PEP 560: a base that is not a class but has `__mro_entries__` (`typing.NamedTuple`,
/// `Generic[T]`) stands for the classes that method gives; the bases as written are then the
/// namespace's `__orig_bases__`.
fn mro_entries(bases: Value, ns: Value) -> R {
    let items = tuple_items(bases);
    if items.iter().all(|&b| as_type(b).is_some()) {
        return Ok(bases);
    }
    let out = crate::list::new_list(&[])?;
    let mut changed = false;
    for &b in tuple_items(bases) {
        match (as_type(b), crate::ops::special_named(b, crate::name!("__mro_entries__"))) {
            // (`class Stack(list[int])`: the alias stands for its type.)
            (None, _) if crate::generic_alias::is_alias(b) => {
                crate::list::push(out, tuple_items(b)[0])?;
                changed = true;
            }
            (None, Some(f)) => {
                let entries = call(f, &[b, bases], &Kw::NONE)?;
                if !(is_ptr(entries) && kind_of(entries) == Kind::Tuple) {
                    return Err(raise(&TYPE_ERROR, "__mro_entries__ must return a tuple"));
                }
                for &e in tuple_items(entries) {
                    crate::list::push(out, e)?;
                }
                changed = true;
            }
            _ => crate::list::push(out, b)?,
        }
    }
    if !changed {
        return Ok(bases);
    }
    // (Any mapping a metaclass's `__prepare__` made: through `[]`.)
    crate::ops::setitem(ns, from_str("__orig_bases__")?, bases)?;
    crate::list::to_tuple(out)
}

/// Calls `f` with the keywords of dict `kw` (0: none).
fn with_kw_dict(kw: Value, f: impl FnOnce(&Kw) -> R) -> R {
    let (mut names, mut values) = (Vec::new(), Vec::new());
    let mut i = 0;
    while let Some((k, v)) = (kw != 0).then(|| dict::entry_at(kw, i)).flatten() {
        i += 1;
        if k != 0 {
            names.push(k);
            values.push(v);
        }
    }
    f(&Kw { names: &names, values: &values })
}

/// A class named `name` with `bases` (a tuple) and `ns` (a dict, which becomes its own):
/// then `__set_name__` of each attribute that has one, and the nearest base's
/// `__init_subclass__` (with the class statement's keywords, `kw`: a dict, or 0 for none),
/// as CPython's `type.__new__` does.
pub fn make_class(name: Value, bases: Value, ns: Value, kw: Value) -> R {
    let cls = new_class(name, bases, ns)?;
    let t: &'static TypeObj = unsafe { &*(cls as *const TypeObj) };
    // (Over the attributes the class was made with: a `__set_name__` may add or remove some.
    // Copied only when one has it: most classes have none, and make no garbage here.)
    let has_set_name = |v: Value| is_ptr(v) && lookup_name(type_of(v), crate::name!("__set_name__")).is_some();
    let mut attrs = Vec::new();
    let mut i = 0;
    let mut any = false;
    while let Some((_, v)) = dict::entry_at(ns, i) {
        i += 1;
        any = any || has_set_name(v);
    }
    if any {
        i = 0;
        while let Some((k, v)) = dict::entry_at(ns, i) {
            i += 1;
            if k != 0 && is_ptr(v) {
                attrs.push((k, v));
            }
        }
    }
    for &(k, v) in &attrs {
        let vt = type_of(v);
        if let Some(f) = lookup_name(vt, crate::name!("__set_name__")) {
            call(f, &[v, cls, k], &Kw::NONE)?;
        }
    }
    // `__init_subclass__` of the first class after this one in its MRO that has one (an
    // implicit class method); `object`'s takes no keywords.
    let inherited = t.mro_iter().skip(1).any(|c| c.dict != 0 && dict::get_str(c.dict, "__init_subclass__").is_some());
    if !inherited && kw != 0 && dict::len(kw) > 0 {
        return Err(raise(&TYPE_ERROR, alloc::format!("{}.__init_subclass__() takes no keyword arguments", t.name)));
    }
    for c in t.mro_iter().skip(1) {
        if c.dict == 0 {
            continue;
        }
        if let Some(f) = dict::get_str(c.dict, "__init_subclass__") {
            let f = match kind_of(f) {
                Kind::ClassMethod | Kind::StaticMethod => unsafe { body::<WrapperObj>(f) }.func,
                _ => f,
            };
            with_kw_dict(kw, |k| call(f, &[cls], k))?;
            break;
        }
    }
    Ok(cls)
}

/// Whether the namespace `d` defines a special method of an operator ([`HOOKS_OPERATORS`]).
fn defines_operators(d: Value) -> bool {
    use crate::ops::{binop, cmpop, unop};
    const OTHERS: [&str; 9] = [
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__len__",
        "__iter__",
        "__contains__",
        "__hash__",
        "__bool__",
        "__abs__",
    ];
    let tables =
        [&binop::METHODS[..], &binop::IMETHODS[..], &binop::RMETHODS[..], &cmpop::METHODS[..], &unop::METHODS[..]];
    d != 0
        && (OTHERS.iter().any(|op| dict::get_str(d, op).is_some())
            || tables.iter().any(|t| t.iter().any(|n| dict::get_str(d, n.text).is_some())))
}

/// The [`TypeObj::hooks`] of a class of `kind` with namespace `ns` and `bases`.
fn hooks_of(ns: Value, bases: &[Value], kind: Kind) -> u8 {
    let mut h = 0;
    if kind.subclassable() {
        // Its own operators, or a class base's (a mixin's `__getitem__`).
        let bases_define = || {
            let mut classes = bases.iter().filter_map(|&b| as_type(b)).flat_map(|bt| bt.mro_iter());
            classes.any(|c| c.is_class() && defines_operators(c.dict))
        };
        if defines_operators(ns) || bases_define() {
            h |= HOOKS_OPERATORS;
        }
    }
    if dict::get_str(ns, "__setattr__").is_some() {
        h |= HOOKS_SETATTR;
    }
    if dict::get_str(ns, "__delattr__").is_some() {
        h |= HOOKS_DELATTR;
    }
    if dict::get_str(ns, "__getattribute__").is_some() {
        h |= HOOKS_GETATTRIBUTE;
    }
    for &b in bases {
        if let Some(bt) = as_type(b) {
            h |= bt.hooks.get();
        }
    }
    h
}

/// The names a new class's instances are restricted to by `__slots__` (see
/// [`TypeObj::slot_names`]), or 0; `mro` is the class's MRO without the class. Checks the
/// names as CPython does.
fn slot_names(ns: Value, kind: Kind, mro: &[Value], class: &str) -> R {
    let Some(slots) = dict::get_str(ns, "__slots__") else {
        return Ok(0);
    };
    // A private name (`__x`) is the class's own, as the compiler makes `self.__x` (`_C__x`).
    let stripped = class.trim_start_matches('_');
    let mut private = Vec::new();
    let own = if is_str(slots) { new_tuple(&[slots])? } else { crate::list::to_tuple(slots)? };
    let mut names = Vec::new();
    let mut with_dict = false;
    for &n in tuple_items(own) {
        let Some(text) = as_str(n) else {
            return Err(raise(&TYPE_ERROR, alloc::format!("__slots__ items must be strings, not '{}'", type_name(n))));
        };
        if !crate::str::is_identifier(text) {
            return Err(raise(&TYPE_ERROR, "__slots__ must be identifiers"));
        }
        if text == "__dict__" {
            with_dict = true;
            continue;
        }
        let mangled = (text.starts_with("__") && !text.ends_with("__") && !stripped.is_empty())
            .then(|| alloc::format!("_{stripped}{text}"));
        if dict::get_str(ns, mangled.as_deref().unwrap_or(text)).is_some() {
            return Err(raise(&VALUE_ERROR, alloc::format!("'{text}' in __slots__ conflicts with class variable")));
        }
        if let Some(m) = mangled {
            private.push((names.len(), m));
        }
        names.push(n);
    }
    // (A built-in type's subclass too, a namedtuple's: its attributes are in a dict of its
    // own, which the restriction guards as an instance's slots. An exception's always has
    // its `__dict__`, as CPython's.)
    if with_dict || !(kind == Kind::Instance || kind.subclassable()) {
        return Ok(0);
    }
    // Every class it derives from must restrict its instances too (`object` and the
    // built-in types do).
    for &b in mro {
        let bt = as_type(b).expect("a class");
        if !bt.is_class() {
            continue;
        }
        if bt.slot_names == 0 {
            return Ok(0);
        }
        names.extend_from_slice(tuple_items(bt.slot_names));
    }
    let t = new_tuple(&names)?;
    // (The names were kept alive by the tuple of them on the stack until here.)
    core::hint::black_box(own);
    for (i, m) in private {
        let s = crate::str::from_str(&m)?;
        unsafe { *(tuple_items(t).as_ptr().add(i) as *mut Value) = s };
    }
    Ok(t)
}

/// Whether `obj`'s class restricts its attributes to its `__slots__` and `name` is not one.
fn not_a_slot(t: &TypeObj, name: Value) -> bool {
    t.slot_names != 0 && !tuple_items(t.slot_names).iter().any(|&n| crate::str::str_eq(n, name))
}

fn new_class(name: Value, bases: Value, ns: Value) -> R {
    (|| {
        let mut bases_v: Vec<Value> = tuple_items(bases).to_vec();
        if bases_v.is_empty() {
            bases_v.push(OBJECT_TYPE.as_value());
        }
        let mut kind = Kind::Instance;
        for &b in &bases_v {
            let Some(bt) = as_type(b) else {
                return Err(raise(&TYPE_ERROR, "bases must be classes"));
            };
            let k = match bt.kind {
                Kind::Instance | Kind::Object => continue,
                // Exceptions, and the built-in types whose objects a subclass's share the
                // layout of (their type points at the subclass: every operation on them works).
                // (Of the iterators, only those a program makes by name: `map`, `zip`, ….)
                Kind::Iter if bt.new.is_none() => {
                    return Err(raise(&TYPE_ERROR, alloc::format!("type '{}' is not an acceptable base type", bt.name)))
                }
                k if k == Kind::Exception || k.subclassable() => k,
                // A metaclass: its objects are classes, made by `type.__new__`.
                Kind::Type => Kind::Type,
                Kind::Bool
                | Kind::Range
                | Kind::Slice
                | Kind::Function
                | Kind::Native
                | Kind::BoundMethod
                | Kind::Generator
                | Kind::NoneType => {
                    return Err(raise(&TYPE_ERROR, alloc::format!("type '{}' is not an acceptable base type", bt.name)))
                }
                _ => {
                    return Err(raise(
                        &TYPE_ERROR,
                        alloc::format!("subclassing the built-in type '{}' is not supported", bt.name),
                    ))
                }
            };
            if kind != Kind::Instance && kind != k {
                return Err(raise(&TYPE_ERROR, "multiple bases have instance lay-out conflict"));
            }
            kind = k;
        }
        // A class deriving from `map`, `zip`, … steps as the built-in iterator does (the
        // iteration's fast path asks no class): one that would step otherwise is refused.
        let defines_next = |b: &Value| as_type(*b).is_some_and(|t| lookup_class(t, "__next__").is_some());
        if kind == Kind::Iter && (dict::get_str(ns, "__next__").is_some() || bases_v.iter().any(defines_next)) {
            return Err(raise(
                &TYPE_ERROR,
                "a class deriving from a built-in iterator cannot define __next__ (not supported)",
            ));
        }
        if let Some(twice) = bases_v.iter().enumerate().find(|&(i, b)| bases_v[..i].contains(b)) {
            let name = as_type(*twice.1).map_or("?", |t| t.name);
            return Err(raise(&TYPE_ERROR, alloc::format!("duplicate base class {name}")));
        }
        let mut seqs: Vec<Vec<Value>> =
            bases_v.iter().map(|&b| as_type(b).expect("a class").mro_iter().map(|t| t.as_value()).collect()).collect();
        seqs.push(bases_v.clone());
        let mro = match merge_mro(seqs) {
            Ok(mro) => mro,
            Err(heads) => {
                let names: Vec<&str> = heads.iter().filter_map(|&c| as_type(c)).map(|t| t.name).collect();
                let msg = alloc::format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                return Err(raise(&TYPE_ERROR, msg));
            }
        };
        let bases_t = new_tuple(&bases_v)?;
        // A class that defines `__eq__` and not `__hash__` gets `__hash__ = None`: its objects
        // are unhashable, whatever its bases' `__hash__` (as CPython's `type.__new__`).
        if dict::get_str(ns, "__eq__").is_some() && dict::get_str(ns, "__hash__").is_none() {
            dict::set_item(ns, from_str("__hash__")?, NONE)?;
        }
        // Every class has its own `__doc__` and `__module__`: where a base's dict holds one
        // and the namespace does not, the class's own goes in (None; the main module's, which
        // a class without one is), so that its instances find it before the base's. (Without
        // one in any base, they are answered without a dict entry: `type_named_attr`,
        // `object_attr`.)
        for key in ["__doc__", "__module__"] {
            let in_base = |b: &Value| as_type(*b).is_some_and(|b| b.dict != 0 && dict::get_str(b.dict, key).is_some());
            if dict::get_str(ns, key).is_none() && mro.iter().any(in_base) {
                let own = if key == "__doc__" { NONE } else { from_str("__main__")? };
                dict::set_item(ns, from_str(key)?, own)?;
            }
        }
        // A `__new__` of the program's own, here or in a base: marked for calls of the class.
        // A plain function is made a static method, as CPython's `type.__new__` does.
        if let Some(f) = dict::get_str(ns, "__new__").filter(|&f| kind_of(f) == Kind::Function) {
            let w = alloc(WrapperObj { header: Header::of(&STATICMETHOD_TYPE), func: f, fset: NONE, fdel: NONE })?;
            dict::set_item(ns, from_str("__new__")?, w)?;
        }
        let own_new = dict::get_str(ns, "__new__").is_some()
            || bases_v.iter().any(|&b| as_type(b).is_some_and(|bt| bt.is_class() && bt.new.is_some()));
        let text = as_str(name).unwrap_or("?");
        let mut text: &'static str = unsafe { core::mem::transmute::<&str, &'static str>(text) };
        // The class body's `__qualname__` is the class's, not an attribute (as CPython's): kept
        // as the name object when it ends in the name (the name is then its last part; any
        // other stays in the dict, where `qualname` finds it).
        let mut name = name;
        if let Some(q) = dict::get_str(ns, "__qualname__") {
            let Some(qual) = as_str(q) else {
                return Err(raise(
                    &TYPE_ERROR,
                    alloc::format!("type __qualname__ must be a str, not {}", type_name(q)),
                ));
            };
            let last = qual.len().saturating_sub(text.len());
            if qual == text || (qual.ends_with(text) && qual[..last].ends_with('.')) {
                dict::remove(ns, from_str("__qualname__")?)?;
                text = unsafe { core::mem::transmute::<&str, &'static str>(&qual[last..]) };
                name = q;
            }
        }
        let cls = alloc(TypeObj {
            header: Header::of(&TYPE_TYPE),
            kind,
            // (Generated code's inline paths are for the built-in types themselves.)
            inline: if matches!(kind, Kind::Exception | Kind::Type) { kind } else { Kind::Instance },
            name: text,
            base: bases_v[0] as *const TypeObj,
            bases: bases_t,
            mro: 0,
            dict: ns,
            methods: &[],
            new: if own_new { USER_NEW } else { None },
            name_obj: name,
            inst_cap: core::cell::Cell::new(0),
            shape: core::cell::Cell::new(0),
            consts: None,
            hooks: core::cell::Cell::new(hooks_of(ns, &bases_v, kind)),
            slot_names: 0,
        })?;
        let slot_names = slot_names(ns, kind, &mro, as_str(name).unwrap_or(""))?;
        let mut full = Vec::with_capacity(mro.len() + 1);
        full.push(cls);
        full.extend(mro);
        let mro_t = new_tuple(&full)?;
        let t = unsafe { body::<TypeObj>(cls) };
        t.mro = mro_t;
        t.slot_names = slot_names;
        // (Listed for `__subclasses__`, where a program names it.)
        if let Some(note) = crate::gated!("__subclasses__", note_class, fn(Value) -> R<()>) {
            note(cls)?;
        }
        Ok(cls)
    })()
}

/// The classes the program has made, in order (a list, or 0 before the first), for
/// `C.__subclasses__()`: kept alive, as a class whose module holds it is anyway.
pub static CLASSES: Global<Value> = Global::new(0);

fn note_class(cls: Value) -> R<()> {
    if *CLASSES.get() == 0 {
        *CLASSES.get() = crate::list::new_list(&[])?;
    }
    crate::list::push(*CLASSES.get(), cls)
}

/// `C.__subclasses__()`: the classes made so far that name `C` among their bases.
fn subclasses(a: &[Value], _: &Kw) -> R {
    let Some(c) = a.first().and_then(|&t| as_type(t)) else {
        return Err(raise(&TYPE_ERROR, "descriptor '__subclasses__' of 'type' object needs an argument"));
    };
    let all = *CLASSES.get();
    let found: Vec<Value> = match all {
        0 => Vec::new(),
        l => crate::list::list_items(l)
            .iter()
            .copied()
            .filter(|&k| as_type(k).is_some_and(|k| direct_bases(k).any(|b| core::ptr::eq(b, c))))
            .collect(),
    };
    crate::list::new_list(&found)
}

/// The bases class `c` names (a built-in type its one base).
fn direct_bases(c: &'static TypeObj) -> impl Iterator<Item = &'static TypeObj> {
    let named = match c.bases {
        0 => &[][..],
        b => tuple_items(b),
    };
    let single = (c.bases == 0 && !c.base.is_null()).then(|| unsafe { &*c.base });
    named.iter().filter_map(|&t| as_type(t)).chain(single)
}

/// The `__exit__` of a `with` statement's manager (bound to it), after checking that it has
/// `__enter__` too: TypeError as CPython's when it is not a context manager.
#[no_mangle]
pub extern "C" fn rt_with_exit(mgr: Value) -> Value {
    let t = type_of(mgr);
    // (A built-in type's are entries of its table: `io.StringIO`, `memoryview`; also for a
    // class deriving from one.)
    let native = if t.is_class() { t.builtin_base() } else { Some(t) };
    let has = |name| lookup_name(t, name).is_some() || native.is_some_and(|b| native_special(b, name).is_some());
    let (enter, exit) = (has(crate::name!("__enter__")), has(crate::name!("__exit__")));
    if !enter || !exit {
        let missed = match (enter, exit) {
            (true, false) => " (missed __exit__ method)",
            (false, true) => " (missed __enter__ method)",
            _ => "",
        };
        return ret(Err(raise(
            &TYPE_ERROR,
            alloc::format!("'{}' object does not support the context manager protocol{missed}", t.name),
        )));
    }
    ret(crate::str::from_str("__exit__").and_then(|n| getattr(mgr, n)))
}

/// A new empty dict for a class body's namespace.
#[no_mangle]
pub extern "C" fn rt_class_ns() -> Value {
    ret(dict::new_dict())
}

/// `BaseException.__init__(self, *args)`, reached through `super().__init__(…)`.
pub static EXC_INIT: NativeObj = NativeObj::new("__init__", |args, _| {
    if let Some(e) = as_exc(args[0]) {
        e.args = new_tuple(&args[1..])?;
        // (An OSError's class with an `__init__` of its own: its arguments parsed here.)
        if isinstance(args[0], &OS_ERROR) {
            crate::exc::os_error_args(args[0], &args[1..])?;
        }
    }
    Ok(NONE)
});

/// The operator methods every object of a built-in type has (`d.__getitem__(k)` is `d[k]`).
fn operator_arity(a: &[Value], n: usize) -> R<()> {
    if a.len() != n + 1 {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, a.len() - 1),
        ));
    }
    Ok(())
}

fn compare_method(a: &[Value], op: usize) -> R {
    operator_arity(a, 1)?;
    crate::ops::builtin_compare(op, a[0], a[1]).map(bool_value)
}

/// The operator method `name` for binary operator `op`, as built-in types compute it.
macro_rules! arithmetic {
    ($name:literal, $op:ident) => {
        NativeObj::method($name, 1, 1, |a, _| operator(crate::ops::binop::$op, a, false))
    };
}

/// Binary operator `op` of a built-in type on the two arguments `a`, swapped for a reflected
/// one (each operator method's code is a call of this).
#[inline(never)]
fn operator(op: usize, a: &[Value], swapped: bool) -> R {
    let [x, y] = a else { return Err(raise(&TYPE_ERROR, "expected 1 argument")) };
    if !takes_operand(*x, *y) {
        return Ok(not_implemented());
    }
    let (x, y) = if swapped { (*y, *x) } else { (*x, *y) };
    crate::ops::builtin_binary(op, x, y)
}

/// `x.__iadd__(y)` (`op` with [`crate::ops::binop::INPLACE`]) of a list, bytearray, set or dict:
/// `x` changed and returned; NotImplemented where `x op= y` would try `y`'s methods (a set
/// with what is not a set).
fn inplace_operator(op: usize, a: &[Value]) -> R {
    let [x, y] = a else { return Err(raise(&TYPE_ERROR, "expected 1 argument")) };
    if matches!(kind_of(*x), Kind::Set | Kind::FrozenSet) && !takes_operand(*x, *y) {
        return Ok(not_implemented());
    }
    crate::ops::builtin_binary(op | crate::ops::binop::INPLACE, *x, *y)
}

/// Whether the built-in type of `this` computes binary operator `op` with `other` in its own
/// operator method: else the method returns NotImplemented, as CPython's do (`(1).__add__(1.5)`:
/// an int adds only ints; `{1}.__or__([2])`), so that a subclass's
/// `super().__add__(x)` can hand the operation on.
fn takes_operand(this: Value, other: Value) -> bool {
    let int = |k: Kind| matches!(k, Kind::Bool | Kind::Int);
    let k = kind_of(other);
    match kind_of(this) {
        Kind::Bool | Kind::Int => int(k),
        Kind::Float => int(k) || k == Kind::Float,
        Kind::Complex => int(k) || matches!(k, Kind::Float | Kind::Complex),
        Kind::Set | Kind::FrozenSet => matches!(k, Kind::Set | Kind::FrozenSet),
        _ => true,
    }
}

/// Unary operator `op` of a built-in type on its one argument.
#[inline(never)]
fn unary_operator(op: usize, a: &[Value]) -> R {
    let [x] = a else { return Err(raise(&TYPE_ERROR, "expected 0 arguments")) };
    crate::ops::builtin_unary(op, *x)
}

/// `int.__int__`/`__index__` (`to` Int), `__float__` (Float) and `__abs__` (Complex) of a
/// number, as the built-in type computes them (a subclass's own methods not asked).
fn number_as(v: Value, to: Kind) -> R {
    use crate::int::{as_int, Int};
    if let Some(i) = as_int(v) {
        return match to {
            Kind::Float => crate::float::new_float(crate::int::to_float(&i)?),
            Kind::Complex if i.is_negative() => crate::int::binary(crate::ops::binop::SUB, Int::Small(0), i),
            _ => crate::int::plain_int(v),
        };
    }
    if let Some(f) = crate::float::as_float(v) {
        return match to {
            Kind::Float => crate::float::exact(v),
            Kind::Complex => crate::float::new_float(f.value.abs()),
            _ => crate::int::int_new(&[INT_TYPE.as_value(), crate::float::exact(v)?], &Kw::NONE),
        };
    }
    match crate::complex::as_complex(v) {
        Some(z) if to == Kind::Complex => crate::complex::abs(z),
        _ => Err(raise(&TYPE_ERROR, alloc::format!("unsupported operand type: '{}'", type_name(v)))),
    }
}

/// `x.__trunc__()`, `__floor__`, `__ceil__` of an int (itself, as an int) or a float (`f` of it,
/// as an int).
fn number_rounded(v: Value, f: fn(crate::float::Float) -> crate::float::Float) -> R {
    match crate::float::as_float(v) {
        Some(x) => crate::float::to_int(f(x.value)),
        None => crate::int::plain_int(v),
    }
}

/// The reflected operator method `name` (`x.__radd__(y)` is `y + x`).
macro_rules! reflected {
    ($name:literal, $op:ident) => {
        NativeObj::method($name, 1, 1, |a, _| operator(crate::ops::binop::$op, a, true))
    };
}

/// Whether objects of the built-in kind `k` have the operator method `key` of
/// [`OPERATOR_METHODS`], as CPython's types do: `hasattr(1, "__iter__")` is False, and duck
/// typing by `hasattr` tells a number from a container.
fn offers(k: Kind, key: &str) -> bool {
    use Kind::*;
    let seq = matches!(k, Str | Bytes | ByteArray | List | Tuple | Range | MemoryView);
    let sized = seq || matches!(k, Dict | Set | FrozenSet | DictView);
    let num = matches!(k, Bool | Int | Float | Complex);
    let int = matches!(k, Bool | Int);
    let sets = matches!(k, Set | FrozenSet | DictView);
    match key {
        "__iter__" => sized || matches!(k, Iter | Generator | Stream),
        "__len__" => sized,
        "__contains__" => sized && k != MemoryView,
        "__getitem__" => seq || k == Dict,
        "__setitem__" | "__delitem__" => matches!(k, List | Dict | ByteArray | MemoryView),
        "__add__" | "__mul__" | "__rmul__" => num || matches!(k, Str | Bytes | ByteArray | List | Tuple),
        "__mod__" | "__rmod__" => (num && k != Complex) || matches!(k, Str | Bytes | ByteArray),
        "__floordiv__" | "__rfloordiv__" => num && k != Complex,
        "__sub__" => num || sets,
        "__and__" | "__or__" | "__xor__" => int || sets || (key == "__or__" && k == Dict),
        "__lshift__" | "__rshift__" | "__invert__" => int,
        "__radd__" | "__rsub__" | "__rpow__" | "__rtruediv__" | "__pow__" | "__truediv__" | "__neg__" | "__pos__" => {
            num
        }
        "__call__" => matches!(k, Function | Native | BoundMethod | Type),
        "__index__" => int,
        "__int__" | "__float__" => num && k != Complex,
        "__abs__" => num,
        "__round__" | "__trunc__" | "__floor__" | "__ceil__" => num && k != Complex,
        "__iadd__" | "__imul__" => matches!(k, List | ByteArray),
        "__ior__" => matches!(k, Set | Dict),
        "__iand__" | "__ixor__" | "__isub__" => k == Set,
        "__bytes__" => k == Bytes,
        "__complex__" => k == Complex,
        // (The types without comparisons of their own have `object`'s: `Exception.__lt__ is
        // object.__lt__`, which `functools.total_ordering` asks.)
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => !matches!(
            k,
            Object
                | Type
                | NoneType
                | Function
                | Property
                | StaticMethod
                | ClassMethod
                | Module
                | Iter
                | Generator
                | Exception
                | Stream
        ),
        _ => true,
    }
}

// (Reached only by name, from an attribute of a built-in object or type — the operators
// themselves dispatch on their own — so left out where the program names none of them.)
static OPERATOR_METHODS: &[NativeObj] = crate::methods![@named
    NativeObj::new("__call__", |a, kw| match a.split_first() {
        Some((&f, args)) => call(f, args, kw),
        None => Err(raise(&TYPE_ERROR, "descriptor '__call__' needs an argument")),
    }),
    NativeObj::new("__getitem__", |a, _| {
        operator_arity(a, 1)?;
        crate::ops::builtin_getitem(a[0], a[1])
    }),
    NativeObj::new("__setitem__", |a, _| {
        operator_arity(a, 2)?;
        crate::ops::builtin_setitem(a[0], a[1], a[2]).map(|_| NONE)
    }),
    NativeObj::new("__delitem__", |a, _| {
        operator_arity(a, 1)?;
        crate::ops::builtin_delitem(a[0], a[1]).map(|_| NONE)
    }),
    NativeObj::new("__contains__", |a, _| {
        operator_arity(a, 1)?;
        crate::ops::builtin_contains(a[0], a[1]).map(bool_value)
    }),
    NativeObj::new("__len__", |a, _| {
        operator_arity(a, 0)?;
        crate::ops::builtin_len(a[0]).map(|n| small(n as isize))
    }),
    NativeObj::new("__iter__", |a, _| {
        operator_arity(a, 0)?;
        crate::iter::builtin_iter(a[0])
    }),
    NativeObj::new("__repr__", |a, _| crate::str::from_string(crate::print::builtin_repr(a[0])?)),
    NativeObj::method("__format__", 1, 1, |a, _| {
        let Some(spec) = as_str(a[1]) else {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("__format__() argument must be str, not {}", type_name(a[1])),
            ));
        };
        crate::str::from_string(crate::format::builtin_format(a[0], spec)?)
    }),
    NativeObj::new("__str__", |a, _| crate::str::from_string(crate::print::builtin_text(a[0])?)),
    NativeObj::new("__hash__", |a, _| {
        // As the builtin `hash` gives it.
        crate::ops::builtin_hash(a[0]).and_then(crate::ops::hash_int)
    }),
    NativeObj::new("__eq__", |a, _| compare_method(a, crate::ops::cmpop::EQ)),
    NativeObj::new("__ne__", |a, _| compare_method(a, crate::ops::cmpop::NE)),
    NativeObj::new("__lt__", |a, _| compare_method(a, crate::ops::cmpop::LT)),
    NativeObj::new("__le__", |a, _| compare_method(a, crate::ops::cmpop::LE)),
    NativeObj::new("__gt__", |a, _| compare_method(a, crate::ops::cmpop::GT)),
    NativeObj::new("__ge__", |a, _| compare_method(a, crate::ops::cmpop::GE)),
    arithmetic!("__add__", ADD),
    arithmetic!("__sub__", SUB),
    arithmetic!("__mul__", MUL),
    arithmetic!("__floordiv__", FLOORDIV),
    arithmetic!("__mod__", MOD),
    arithmetic!("__pow__", POW),
    arithmetic!("__lshift__", LSHIFT),
    arithmetic!("__rshift__", RSHIFT),
    arithmetic!("__and__", AND),
    arithmetic!("__or__", OR),
    arithmetic!("__xor__", XOR),
    arithmetic!("__truediv__", TRUEDIV),
    reflected!("__radd__", ADD),
    // (In place, of the mutable containers: `super().__iadd__(x)` in a list subclass's.)
    NativeObj::method("__iadd__", 1, 1, |a, _| inplace_operator(crate::ops::binop::ADD, a)),
    NativeObj::method("__imul__", 1, 1, |a, _| inplace_operator(crate::ops::binop::MUL, a)),
    NativeObj::method("__ior__", 1, 1, |a, _| inplace_operator(crate::ops::binop::OR, a)),
    NativeObj::method("__iand__", 1, 1, |a, _| inplace_operator(crate::ops::binop::AND, a)),
    NativeObj::method("__ixor__", 1, 1, |a, _| inplace_operator(crate::ops::binop::XOR, a)),
    NativeObj::method("__isub__", 1, 1, |a, _| inplace_operator(crate::ops::binop::SUB, a)),
    reflected!("__rsub__", SUB),
    reflected!("__rmul__", MUL),
    reflected!("__rfloordiv__", FLOORDIV),
    reflected!("__rmod__", MOD),
    reflected!("__rpow__", POW),
    reflected!("__rtruediv__", TRUEDIV),
    NativeObj::method("__index__", 0, 0, |a, _| number_as(a[0], Kind::Int)),
    NativeObj::method("__int__", 0, 0, |a, _| number_as(a[0], Kind::Int)),
    NativeObj::method("__float__", 0, 0, |a, _| number_as(a[0], Kind::Float)),
    NativeObj::method("__abs__", 0, 0, |a, _| number_as(a[0], Kind::Complex)),
    NativeObj::method("__round__", 0, 1, |a, _| crate::builtins::round(a, &Kw::NONE)),
    NativeObj::method("__trunc__", 0, 0, |a, _| number_rounded(a[0], crate::float::M::trunc)),
    NativeObj::method("__floor__", 0, 0, |a, _| number_rounded(a[0], crate::float::M::floor)),
    NativeObj::method("__ceil__", 0, 0, |a, _| number_rounded(a[0], crate::float::M::ceil)),
    // (Of a bytes object, or a complex number: itself, as CPython's of an exact one.)
    NativeObj::method("__bytes__", 0, 0, |a, _| Ok(a[0])),
    NativeObj::method("__complex__", 0, 0, |a, _| Ok(a[0])),
    NativeObj::method("__neg__", 0, 0, |a, _| unary_operator(crate::ops::unop::NEG, a)),
    NativeObj::method("__pos__", 0, 0, |a, _| unary_operator(crate::ops::unop::POS, a)),
    NativeObj::method("__invert__", 0, 0, |a, _| unary_operator(crate::ops::unop::INVERT, a)),
];

/// `object.__init__(self)`.
pub static OBJECT_INIT: NativeObj = NativeObj::new("__init__", object_init);

/// `object.__init__(self, *args, **kw)`: nothing, but arguments are a TypeError where the
/// class has an `__init__` of its own (they were meant for it) or no `__new__` to take them,
/// as CPython's.
fn object_init(a: &[Value], kw: &Kw) -> R {
    let Some((&this, args)) = a.split_first() else {
        return Err(raise(&TYPE_ERROR, "descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.is_empty() && kw.names.is_empty() {
        return Ok(NONE);
    }
    let t = type_of(this);
    if !t.is_class() || t.kind == Kind::Exception {
        return Ok(NONE);
    }
    if lookup_name(t, crate::name!("__init__")).is_some() {
        return Err(raise(&TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)"));
    }
    if t.new.is_none() && lookup_name(t, crate::name!("__new__")).is_none() {
        let msg = alloc::format!("{}.__init__() takes exactly one argument (the instance to initialize)", t.name);
        return Err(raise(&TYPE_ERROR, msg));
    }
    Ok(NONE)
}

/// `list.__init__(self, iterable=())`, `dict.__init__(self, other=(), **kw)`,
/// `set.__init__(self, iterable=())`, reached through `super().__init__(…)` in a subclass:
/// a list or set is filled anew, a dict updated.
pub static CONTAINER_INIT: NativeObj = NativeObj::new("__init__", |a, kw| {
    let obj = a[0];
    let src = a.get(1).copied();
    if a.len() > 2 {
        return Err(raise(&TYPE_ERROR, alloc::format!("__init__ expected at most 1 argument, got {}", a.len() - 1)));
    }
    match kind_of(obj) {
        Kind::List => {
            kw.only("list", &[])?;
            let fresh = crate::list::to_list(src.unwrap_or(crate::list::new_list(&[])?))?;
            let items = crate::reserve::copied(crate::list::list_items(fresh))?;
            crate::list::set_contents(obj, &items)?;
        }
        Kind::Dict => {
            if let Some(src) = src {
                dict::update(obj, src)?;
            }
            for (&k, &v) in kw.names.iter().zip(kw.values) {
                dict::set_item(obj, k, v)?;
            }
        }
        Kind::Set => {
            kw.only("set", &[])?;
            dict::clear_all(obj);
            if let Some(src) = src {
                crate::iter::for_each(src, |v| dict::add(obj, v))?;
            }
        }
        _ => {}
    }
    Ok(NONE)
});

/// [`CONTAINER_INIT`], in a firmware whose program can reach it: it derives a class from a
/// container (naming it) or names `__init__`.
#[inline]
fn container_init() -> Option<&'static NativeObj> {
    crate::gated!("__init__|list|dict|set", &CONTAINER_INIT, &'static NativeObj)
}

/// `object.__init_subclass__()`, reached through `super().__init_subclass__()`: takes no
/// keyword arguments.
pub static OBJECT_INIT_SUBCLASS: NativeObj = NativeObj::new("__init_subclass__", object_init_subclass);

fn object_init_subclass(a: &[Value], kw: &Kw) -> R {
    if !kw.names.is_empty() {
        let class = a.first().and_then(|&c| as_type(c)).map_or("object", |t| t.name);
        return Err(raise(&TYPE_ERROR, alloc::format!("{class}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(NONE)
}

/// `object.__getstate__()`: None for an object without attributes of its own, else a dict of
/// them; for one of a class with `__slots__`, `(None, slots)` (CPython's default state).
/// (A new dict for an instance, where CPython gives its `__dict__` itself.)
fn object_getstate(obj: Value) -> R {
    if !is_plain_instance(obj) {
        let d = instance_dict(obj);
        return Ok(if d != 0 && dict::len(d) > 0 { d } else { NONE });
    }
    let names = crate::shape::names(obj);
    if names.is_empty() {
        return Ok(NONE);
    }
    let d = dict::new_dict()?;
    for k in names {
        if let Some(v) = crate::shape::get(obj, k) {
            dict::set_item(d, k, v)?;
        }
    }
    if type_of(obj).slot_names != 0 {
        return new_tuple(&[NONE, d]);
    }
    Ok(d)
}

/// `object.__reduce_ex__(protocol)` and `object.__reduce__()` of an instance of a class:
/// `(copyreg.__newobj__, (cls,), state, None, None)`, CPython's for protocol 2, whatever the
/// protocol (where CPython's `__reduce__` names `copyreg._reconstructor`). Other objects
/// (built-in ones, exceptions, those of classes deriving from built-in types) are not
/// reduced: TypeError.
fn object_reduce(obj: Value) -> R {
    let t = type_of(obj);
    if !is_plain_instance(obj) {
        return Err(raise(&TYPE_ERROR, alloc::format!("cannot pickle '{}' object", type_name(obj))));
    }
    let state = object_getstate(obj)?;
    let args = new_tuple(&[t.as_value()])?;
    new_tuple(&[NEWOBJ.as_value(), args, state, NONE, NONE])
}

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`, what [`object_reduce`] names.
static NEWOBJ: NativeObj = NativeObj::new("__newobj__", |a, _| {
    let Some(&cls) = a.first().filter(|&&c| as_type(c).is_some()) else {
        return Err(raise(&TYPE_ERROR, "__newobj__() needs a class"));
    };
    let new = getattr(cls, from_str("__new__")?)?;
    call(new, a, &Kw::NONE)
});

/// `callable(x)`.
pub fn is_callable(v: Value) -> bool {
    matches!(kind_of(v), Kind::Function | Kind::Native | Kind::BoundMethod | Kind::Type | Kind::StaticMethod)
        || lookup_name(type_of(v), crate::name!("__call__")).is_some()
        || type_of(v).methods.iter().any(|m| m.name == "__call__")
}
