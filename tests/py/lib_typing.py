# typing: the common names, subscripted forms and their reprs, Generic classes, cast, isinstance with aliases.
from typing import List, Dict, Optional, Union, Any, Tuple, Callable, TypeVar, Generic, cast, Iterable
T = TypeVar("T")
def first(xs: List[int]) -> Optional[int]:
    return xs[0] if xs else None
print(first([3, 4]), first([]), first.__annotations__)
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None], Tuple[int, ...], Any, T)
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
print(Box(5).item, Box[int], cast(int, "x"), List[int] == List[int], isinstance([1], List))
def apply(f: Callable[[int], int], x: int) -> int: return f(x)
print(apply(lambda v: v * 2, 21), Union[int, Union[str, float]])
