# Directories without __init__.py are namespace packages (PEP 420): their modules import as
# those of any package, in every form.
import nspkg.inner
from nspkg import inner
from nspkg.deeper import leaf
from nspkg.deeper.leaf import VALUE
import nspkg.deeper.leaf as again

print(nspkg.inner.where(), inner.where(), inner is nspkg.inner)
print(leaf.VALUE, VALUE, again is leaf, leaf.__name__)
print(type(nspkg).__name__, nspkg.__name__, nspkg.deeper.__name__)
