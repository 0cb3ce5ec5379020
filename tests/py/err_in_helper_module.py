# Exception raised inside an imported helper module; the status records the line in this file.
import mod_helper
print(mod_helper.add(1, 2))
print("calling helper that fails")
mod_helper.fail("raised from the helper module")
