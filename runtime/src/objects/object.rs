//! Heap objects: every object starts with a pointer to its type; the built-in types, their
//! layouts' kinds, allocation on the collected heap, and `isinstance` over the MRO.

use crate::exc::Exc;
use crate::func::NativeObj;
use crate::gc;
use crate::value::*;

/// The result of anything that may raise: `Err(Exc)` means the exception is pending.
pub type R<T = Value> = Result<T, Exc>;

/// Which layout an object has; a type's instances all share its kind. Generated code reads
/// it (a byte right after a type's header) for its inline list and tuple indexing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Native,
    BoundMethod,
    Property,
    StaticMethod,
    ClassMethod,
    Cell,
    Module,
    Iter,
    DictView,
    Generator,
    Instance,
    Exception,
    /// A peripheral of the board (`pyb.LED`, `pyb.I2C`, `lcd160cr.LCD160CR`, …): every such
    /// type lives in its own file and shares this one kind; its `__repr__` is a method.
    Device,
    /// `io.StringIO` and `io.BytesIO`.
    Stream,
    Complex,
    MemoryView,
    /// `array.array`: a bytearray's layout followed by its typecode; like a device's, its
    /// operators are methods of its table.
    Array,
}

impl Kind {
    /// The kinds of the built-in types a class may derive from and share the objects'
    /// layout of (plus an attribute word: see `func::new_builtin_sub`).
    pub fn subclassable(self) -> bool {
        matches!(
            self,
            Kind::List
                | Kind::Dict
                | Kind::Set
                | Kind::Str
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Tuple
                | Kind::Int
                | Kind::Float
                | Kind::Complex
                | Kind::FrozenSet
                | Kind::Iter
                | Kind::Stream
        )
    }

    /// Built-in types whose special methods (`__getitem__`, `__repr__`, `__iter__` …) are
    /// entries of their method table, found by name where a class's would be.
    pub fn has_special_methods(self) -> bool {
        matches!(self, Kind::Device | Kind::Array)
    }

    /// The mutable ones: an object of a subclass is made empty and filled by `__init__`.
    pub fn is_container(self) -> bool {
        matches!(self, Kind::List | Kind::Dict | Kind::Set)
    }
}

/// The word every object starts with.
#[repr(C)]
pub struct Header {
    pub ty: *const TypeObj,
}

impl Header {
    pub const fn of(ty: &'static TypeObj) -> Header {
        Header { ty }
    }
}

/// A type: a built-in one in read-only data, or a class made at run time on the heap.
#[repr(C)]
pub struct TypeObj {
    pub header: Header,
    pub kind: Kind,
    /// The kind generated code's inline paths (list indexing, `len`, `append`, float
    /// arithmetic) take this type's objects for: [`TypeObj::kind`] for a built-in type,
    /// `Instance` for every class — a subclass of `list` or `str` may define its own
    /// `__getitem__` or `append`, so its objects go through the runtime, which looks.
    /// (Exceptions keep their kind: so `kind != inline` says "a built-in type's subclass".)
    pub inline: Kind,
    pub name: &'static str,
    /// The first base (`object` has none).
    pub base: *const TypeObj,
    /// Classes only: the bases (a tuple), the MRO (a tuple, this class first) and the
    /// attributes (a dict). Zero for built-in types.
    pub bases: Value,
    pub mro: Value,
    pub dict: Value,
    /// A built-in type's methods.
    pub methods: &'static [NativeObj],
    /// Calling the type: makes an instance from the arguments (the type is not among them).
    pub new: New,
    /// A class's qualified name (a str: `Outer.Inner`), kept alive with it; `name` is its
    /// last part.
    pub name_obj: Value,
    /// A class's guess of how many attributes its instances get: the entries the dict made
    /// with each new instance has room for (0: the smallest dict).
    pub inst_cap: core::cell::Cell<usize>,
    /// A class's shape of no attributes (a `shape::ShapeObj`, or 0 until its first instance).
    pub shape: core::cell::Cell<Value>,
    /// A built-in type's class attributes that are not methods (`Pin.OUT`, `Pin.board`,
    /// static methods): name → value, made on each access.
    pub consts: Option<fn(&str) -> Option<R>>,
    /// A class's [`HOOKS_SETATTR`] and [`HOOKS_DELATTR`]: whether it (or a base) defines
    /// `__setattr__` / `__delattr__`, so that a store asks no dict when it does not.
    pub hooks: core::cell::Cell<u8>,
    /// A class whose instances have no `__dict__` (it and every class it derives from define
    /// `__slots__`, without `"__dict__"`): the attribute names they may have, a tuple of strs.
    /// 0 for every other type.
    pub slot_names: Value,
}

pub const HOOKS_SETATTR: u8 = 1;
pub const HOOKS_DELATTR: u8 = 2;
/// A subclass of a built-in type that defines (or inherits from a class) an operator's
/// special method: the runtime's operators ask its classes before the built-in behaviour.
pub const HOOKS_OPERATORS: u8 = 4;
/// A class whose metaclass (a class of the program's) defines `__instancecheck__` or
/// `__subclasscheck__`: `isinstance`/`issubclass` ask it.
pub const HOOKS_INSTANCECHECK: u8 = 8;
/// A class that defines (or inherits from a class) `__getattribute__`: every attribute read of
/// its instances calls it, and no inline cache remembers one.
pub const HOOKS_GETATTRIBUTE: u8 = 16;
unsafe impl Sync for TypeObj {}

/// What calling a type runs ([`TypeObj::new`]): None when the type cannot be called (`cannot
/// create 'function' instances`) or is a class whose instances `construct` makes; else a word
/// holding a built-in type's constructor, or for a class the mark of a `__new__` of its own or
/// a metaclass's (the call takes the general path). A built-in type's word is behind the gate
/// `NAME|type|__class__` ([`crate::gate`]): None in a firmware whose program never names the
/// type (nor `type` or `__class__`, which reach a type without naming it) — see [`constructor`].
pub type New = Option<&'static Option<crate::func::NativeFn>>;

/// The constructor of type `t`, if it has one; NotImplementedError when it was left out.
#[inline(always)]
pub fn constructor(t: &TypeObj) -> R<Option<crate::func::NativeFn>> {
    match t.new {
        None => Ok(None),
        Some(word) => match crate::gate::read(word) {
            Some(f) => Ok(Some(f)),
            None => Err(constructor_left_out(t)),
        },
    }
}

#[cold]
#[inline(never)]
fn constructor_left_out(t: &TypeObj) -> crate::exc::Exc {
    crate::gate::left_out(&alloc::format!("the constructor {}()", t.name))
}

impl TypeObj {
    pub const fn builtin(
        name: &'static str,
        kind: Kind,
        base: Option<&'static TypeObj>,
        methods: &'static [NativeObj],
        new: New,
    ) -> TypeObj {
        TypeObj {
            header: Header::of(&TYPE_TYPE),
            kind,
            inline: kind,
            name,
            base: match base {
                Some(b) => b,
                None => core::ptr::null(),
            },
            bases: 0,
            mro: 0,
            dict: 0,
            methods,
            new,
            name_obj: 0,
            inst_cap: core::cell::Cell::new(0),
            shape: core::cell::Cell::new(0),
            consts: None,
            hooks: core::cell::Cell::new(0),
            slot_names: 0,
        }
    }

    /// This built-in type with its constructor (if `word` holds one) behind a gate
    /// (`gated!(@option …)`).
    pub const fn with_gated_new(mut self, word: &'static Option<crate::func::NativeFn>) -> TypeObj {
        if word.is_some() {
            self.new = Some(word);
        }
        self
    }

    /// This type with class attributes `consts` besides its methods.
    pub const fn with_consts(mut self, consts: fn(&str) -> Option<R>) -> TypeObj {
        self.consts = Some(consts);
        self
    }

    /// The name without the module a built-in type's name may start with (`array.array`).
    pub fn short_name(&self) -> &'static str {
        // (By bytes: `rsplit` links core's substring search, 1 KB.)
        let b = self.name.as_bytes();
        let from = b.iter().rposition(|&c| c == b'.').map_or(0, |i| i + 1);
        // SAFETY: `from` is 0 or just past an ASCII `.`, a character boundary.
        unsafe { core::str::from_utf8_unchecked(b.get_unchecked(from..)) }
    }

    pub fn as_value(&'static self) -> Value {
        self as *const TypeObj as Value
    }

    pub fn is_class(&self) -> bool {
        self.mro != 0
    }

    /// The types of the MRO, this one first.
    pub fn mro_iter(&'static self) -> impl Iterator<Item = &'static TypeObj> {
        let mut class_mro: &[Value] = &[];
        if self.is_class() {
            class_mro = crate::list::tuple_items(self.mro);
        }
        let mut i = 0;
        let mut builtin: *const TypeObj = if self.is_class() { core::ptr::null() } else { self };
        core::iter::from_fn(move || {
            if i < class_mro.len() {
                i += 1;
                return Some(unsafe { &*(class_mro[i - 1] as *const TypeObj) });
            }
            if builtin.is_null() {
                return None;
            }
            let t = unsafe { &*builtin };
            builtin = t.base;
            Some(t)
        })
    }

    /// The built-in method `name` of this type's objects: its own, or for a subclass of a
    /// built-in type (`class Stack(list)`), that of the built-in type.
    #[inline]
    pub fn native_method(&'static self, name: &str) -> Option<&'static crate::func::NativeObj> {
        if !self.is_class() || !(self.kind.subclassable() || self.kind == Kind::Exception) {
            return self.methods.iter().find(|m| m.name == name);
        }
        self.mro_iter().filter(|t| !t.is_class()).find_map(|t| t.methods.iter().find(|m| m.name == name))
    }

    /// For a subclass of a built-in type whose objects it shares the layout of (`list`,
    /// `str`, `int`, …), that built-in type.
    #[inline]
    pub fn builtin_base(&'static self) -> Option<&'static TypeObj> {
        if !self.is_class() || !self.kind.subclassable() {
            return None;
        }
        self.mro_iter().find(|t| !t.is_class())
    }

    pub fn is_subtype(&'static self, other: &TypeObj) -> bool {
        self.mro_iter().any(|t| core::ptr::eq(t, other))
    }
}

macro_rules! builtin_types {
    ($($(#[$attr:meta])* $stat:ident = $name:literal, $kind:ident, $base:expr, $methods:expr, $new:expr;)*) => {
        $($(#[$attr])* pub static $stat: TypeObj = TypeObj::builtin($name, Kind::$kind, $base, $methods, None)
            .with_gated_new($crate::gated!(@option concat!($name, "|type|__class__"), $new, $crate::func::NativeFn));)*
        /// Every built-in type that is not an exception, for the names in `builtins`, each
        /// behind the gate of its name ([`crate::gate`]): a firmware links a type (its
        /// constructor, its methods) only where the program names it or has code that makes
        /// its objects. None: left out.
        static BUILTIN_TYPES: &[&Option<&TypeObj>] = &[$($crate::gated!(@word $name, &$stat, &'static TypeObj)),*];
        /// The names of [`BUILTIN_TYPES`], linked or not.
        pub static BUILTIN_TYPE_NAMES: &[&str] = &[$($name),*];
    };
}

/// The built-in types that are not exceptions and that the firmware links.
pub fn builtin_types() -> impl Iterator<Item = &'static TypeObj> {
    BUILTIN_TYPES.iter().filter_map(|&t| crate::gate::read(t))
}

builtin_types! {
    OBJECT_TYPE = "object", Object, None, crate::func::OBJECT_METHODS, Some(crate::func::object_new);
    TYPE_TYPE = "type", Type, Some(&OBJECT_TYPE), crate::func::TYPE_METHODS, Some(crate::func::type_new);
    NONE_TYPE = "NoneType", NoneType, Some(&OBJECT_TYPE), &[], None;
    INT_TYPE = "int", Int, Some(&OBJECT_TYPE), crate::int::INT_METHODS, Some(crate::int::int_new);
    BOOL_TYPE = "bool", Bool, Some(&INT_TYPE), crate::int::INT_METHODS, Some(crate::ops::bool_new);
    /// Exported by name: the compiler's float literals are objects in read-only data.
    #[export_name = "mpyc_FLOAT_TYPE"]
    FLOAT_TYPE = "float", Float, Some(&OBJECT_TYPE), crate::float::FLOAT_METHODS, Some(crate::float::float_new);
    /// Exported by name: the compiler's str literals are objects in read-only data.
    #[export_name = "mpyc_STR_TYPE"]
    STR_TYPE = "str", Str, Some(&OBJECT_TYPE), crate::str::METHODS, Some(crate::str::str_new);
    /// Exported by name, as the bytearray's: the key of the gate to the repr of bytes.
    #[export_name = "mpyc_BYTES_TYPE"]
    BYTES_TYPE = "bytes", Bytes, Some(&OBJECT_TYPE), crate::bytes::BYTES_METHODS, Some(crate::bytes::bytes_new);
    #[export_name = "mpyc_BYTEARRAY_TYPE"]
    BYTEARRAY_TYPE = "bytearray", ByteArray, Some(&OBJECT_TYPE), crate::bytes::BYTEARRAY_METHODS,
        Some(crate::bytes::bytearray_new);
    LIST_TYPE = "list", List, Some(&OBJECT_TYPE), crate::list::LIST_METHODS, Some(crate::list::list_new);
    /// Exported by name: the compiler's tuples of constants are objects in read-only data.
    #[export_name = "mpyc_TUPLE_TYPE"]
    TUPLE_TYPE = "tuple", Tuple, Some(&OBJECT_TYPE), crate::list::TUPLE_METHODS, Some(crate::list::tuple_new);
    DICT_TYPE = "dict", Dict, Some(&OBJECT_TYPE), crate::dict::DICT_METHODS, Some(crate::dict::dict_new);
    /// Exported by name, as the frozenset's: a key of the gate to the comparisons of sets.
    #[export_name = "mpyc_SET_TYPE"]
    SET_TYPE = "set", Set, Some(&OBJECT_TYPE), crate::dict::SET_METHODS, Some(crate::dict::set_new);
    #[export_name = "mpyc_FROZENSET_TYPE"]
    FROZENSET_TYPE = "frozenset", FrozenSet, Some(&OBJECT_TYPE), crate::dict::FROZENSET_METHODS,
        Some(crate::dict::frozenset_new);
    RANGE_TYPE = "range", Range, Some(&OBJECT_TYPE), crate::iter::RANGE_METHODS, Some(crate::iter::range_new);
    SLICE_TYPE = "slice", Slice, Some(&OBJECT_TYPE), crate::list::SLICE_METHODS, Some(crate::list::slice_new);
    FUNCTION_TYPE = "function", Function, Some(&OBJECT_TYPE), &[], None;
    /// Exported by name: the linker finds the entries of method tables by it (`link::prune`).
    #[export_name = "mpyc_NATIVE_TYPE"]
    NATIVE_TYPE = "builtin_function_or_method", Native, Some(&OBJECT_TYPE), &[], None;
    METHOD_TYPE = "method", BoundMethod, Some(&OBJECT_TYPE), &[], Some(crate::func::method_new);
    PROPERTY_TYPE = "property", Property, Some(&OBJECT_TYPE), crate::func::PROPERTY_METHODS,
        Some(crate::func::property_new);
    STATICMETHOD_TYPE = "staticmethod", StaticMethod, Some(&OBJECT_TYPE), crate::func::STATICMETHOD_METHODS,
        Some(crate::func::staticmethod_new);
    CLASSMETHOD_TYPE = "classmethod", ClassMethod, Some(&OBJECT_TYPE), crate::func::CLASSMETHOD_METHODS,
        Some(crate::func::classmethod_new);
    CELL_TYPE = "cell", Cell, Some(&OBJECT_TYPE), &[], None;
    MODULE_TYPE = "module", Module, Some(&OBJECT_TYPE), &[], Some(crate::modules::module_new);
    ITER_TYPE = "iterator", Iter, Some(&OBJECT_TYPE), crate::iter::ITER_METHODS, None;
    ENUMERATE_TYPE = "enumerate", Iter, Some(&OBJECT_TYPE), crate::iter::ITER_METHODS, Some(crate::iter::enumerate_new);
    ZIP_TYPE = "zip", Iter, Some(&OBJECT_TYPE), crate::iter::ITER_METHODS, Some(crate::iter::zip_new);
    MAP_TYPE = "map", Iter, Some(&OBJECT_TYPE), crate::iter::ITER_METHODS, Some(crate::iter::map_new);
    FILTER_TYPE = "filter", Iter, Some(&OBJECT_TYPE), crate::iter::ITER_METHODS, Some(crate::iter::filter_new);
    CALLABLE_ITERATOR_TYPE = "callable_iterator", Iter, Some(&OBJECT_TYPE), crate::iter::ITER_METHODS, None;
    REVERSED_TYPE = "reversed", Iter, Some(&OBJECT_TYPE), crate::iter::ITER_METHODS, Some(crate::iter::reversed_new);
    DICT_KEYS_TYPE = "dict_keys", DictView, Some(&OBJECT_TYPE), crate::dict::SET_VIEW_METHODS, None;
    DICT_VALUES_TYPE = "dict_values", DictView, Some(&OBJECT_TYPE), &[], None;
    DICT_ITEMS_TYPE = "dict_items", DictView, Some(&OBJECT_TYPE), crate::dict::SET_VIEW_METHODS, None;
    GENERATOR_TYPE = "generator", Generator, Some(&OBJECT_TYPE), crate::gen::GENERATOR_METHODS, None;
    COROUTINE_TYPE = "coroutine", Generator, Some(&OBJECT_TYPE), crate::gen::COROUTINE_METHODS, None;
    /// Exported by name: the key of the gate to the code that operates on complex numbers.
    #[export_name = "mpyc_COMPLEX_TYPE"]
    COMPLEX_TYPE = "complex", Complex, Some(&OBJECT_TYPE), crate::complex::METHODS, Some(crate::complex::complex_new);
    /// Exported by name: the key of the gate to the code that operates on memoryviews.
    #[export_name = "mpyc_MEMORYVIEW_TYPE"]
    MEMORYVIEW_TYPE = "memoryview", MemoryView, Some(&OBJECT_TYPE), crate::memoryview::METHODS,
        Some(crate::memoryview::memoryview_new);
}

/// Allocates an object of `size` bytes whose header is `ty`; `flags` are [`gc`]'s.
pub fn alloc_obj(ty: &TypeObj, size: usize, flags: u8) -> R<*mut u8> {
    let p = gc::alloc_raw(size, flags);
    if p.is_null() {
        return Err(crate::exc::memory_error());
    }
    unsafe { (*(p as *mut Header)).ty = ty };
    Ok(p)
}

/// Moves `obj` (which starts with a [`Header`]) to the heap as a scanned object.
pub fn alloc<T>(obj: T) -> R<Value> {
    alloc_flags(obj, 0)
}

/// Moves `obj` to the heap with the state `flags` (LEAF for objects without pointers).
#[inline]
pub fn alloc_flags<T>(obj: T, flags: u8) -> R<Value> {
    let size = core::mem::size_of::<T>();
    let blocks = size.div_ceil(gc::BLOCK).max(1);
    let p = if blocks == 1 { gc::alloc_block(flags) } else { gc::alloc_uninit(size, flags) };
    if p.is_null() {
        return Err(crate::exc::memory_error());
    }
    unsafe {
        // `obj` fills its own bytes; the rest of its last block is zeroed where the collector
        // scans it (a stale word there would keep garbage alive).
        if flags & gc::LEAF == 0 && size < blocks * gc::BLOCK {
            core::ptr::write_bytes(p.add(size), 0, blocks * gc::BLOCK - size);
        }
        (p as *mut T).write(obj);
    }
    Ok(p as Value)
}

/// An array of `n` words on the heap (zeroed), for the items of lists, dicts and tuples.
pub fn alloc_words(n: usize) -> R<*mut Value> {
    let p = gc::alloc_raw(n.max(1) * core::mem::size_of::<Value>(), 0);
    if p.is_null() {
        return Err(crate::exc::memory_error());
    }
    Ok(p as *mut Value)
}

/// [`type_of`] always inlined, for the hot paths (attribute caches, arithmetic, `as_float`).
#[inline(always)]
pub fn type_of_fast(v: Value) -> &'static TypeObj {
    match v {
        NONE => &NONE_TYPE,
        TRUE | FALSE => &BOOL_TYPE,
        _ if is_small(v) => &INT_TYPE,
        _ => unsafe { &*(*(v as *const Header)).ty },
    }
}

#[inline(always)]
pub fn type_of(v: Value) -> &'static TypeObj {
    type_of_fast(v)
}

#[inline(always)]
pub fn kind_of(v: Value) -> Kind {
    type_of(v).kind
}

/// The kind of a heap object (`is_ptr(v)` holds): its header read directly, without
/// [`type_of`]'s cases for immediates.
#[inline(always)]
pub fn ptr_kind(v: Value) -> Kind {
    unsafe { (*(*(v as *const Header)).ty).kind }
}

/// The kind generated code's inline paths take a heap object (`is_ptr(v)` holds) for
/// ([`TypeObj::inline`]): the runtime's own fast paths for the built-in types use it too, so
/// that a subclass's objects take the general paths, which look at its class.
#[inline(always)]
pub fn ptr_inline(v: Value) -> Kind {
    unsafe { (*(*(v as *const Header)).ty).inline }
}

/// # Safety
/// `v` must be a heap object of the layout `T` describes.
pub unsafe fn body<'a, T>(v: Value) -> &'a mut T {
    &mut *(v as *mut T)
}

pub fn type_name(v: Value) -> &'static str {
    type_of(v).name
}

pub fn isinstance(v: Value, ty: &TypeObj) -> bool {
    type_of(v).is_subtype(ty)
}

pub fn as_type(v: Value) -> Option<&'static TypeObj> {
    (is_ptr(v) && ptr_kind(v) == Kind::Type).then(|| unsafe { &*(v as *const TypeObj) })
}
