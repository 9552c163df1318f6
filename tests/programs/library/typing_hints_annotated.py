# typing.get_type_hints: Annotated[T, ...] is T unless include_extras=True, also inside other
# hints; TypedDict's Required/NotRequired likewise. The metadata stays reachable with extras.
from typing import Annotated, Optional, List, Dict, Union, get_type_hints, get_args, TypedDict, NotRequired


class Config:
    port: Annotated[int, "positive"]
    host: str
    tags: List[Annotated[str, "lower"]]
    limits: Dict[str, Annotated[float, "unit:s"]]
    backup: Optional[Annotated[str, "url"]] = None
    mixed: Union[Annotated[int, "a"], int, str]
    items: list[Annotated[int, "id"]]


def connect(host: Annotated[str, "hostname"], port: Annotated[int, "port", 2] = 80) -> Annotated[bool, "ok"]:
    return True


class Movie(TypedDict):
    title: str
    year: NotRequired[Annotated[int, "year"]]


for obj in (Config, connect, Movie):
    print(obj.__name__)
    for name, hint in get_type_hints(obj).items():
        print("  ", name, hint)
    for name, hint in get_type_hints(obj, include_extras=True).items():
        print("  +", name, hint)

# Reading validation metadata, as programs that use Annotated do.
for name, hint in get_type_hints(connect, include_extras=True).items():
    args = get_args(hint)
    print(name, args[0].__name__, list(args[1:]))
print(get_type_hints(Config)["port"] is int, get_type_hints(Config)["items"] == list[int])
