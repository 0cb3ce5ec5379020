# An inventory / order processing program: classes, dict grouping, sorting, formatted report.
class Product:
    def __init__(self, sku, name, price_cents, category):
        self.sku, self.name, self.price, self.category = sku, name, price_cents, category
    def __repr__(self):
        return f"Product({self.sku!r})"
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = {}
    def add(self, product, qty):
        self.products[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty
    def reserve(self, sku, qty):
        have = self.stock.get(sku, 0)
        if have < qty:
            raise OutOfStock(f"{sku}: want {qty}, have {have}")
        self.stock[sku] = have - qty
inv = Inventory()
catalog = [("A100", "Widget", 250, "hardware", 40), ("A200", "Gadget", 1299, "hardware", 5),
           ("B100", "Manual", 999, "books", 12), ("B200", "Guide", 1550, "books", 0),
           ("C100", "Cable", 499, "accessories", 100), ("C200", "Adapter", 799, "accessories", 3)]
for sku, name, price, cat, qty in catalog:
    inv.add(Product(sku, name, price, cat), qty)
orders = [("o1", [("A100", 3), ("C100", 2)]), ("o2", [("A200", 6)]), ("o3", [("B100", 1), ("B200", 1)]),
          ("o4", [("C200", 3), ("A100", 10)]), ("o5", [("Z999", 1)]), ("o6", [("A200", 5), ("C200", 1)])]
revenue = {}
fulfilled = []
for oid, lines in orders:
    snapshot = dict(inv.stock)
    try:
        total = 0
        for sku, qty in lines:
            if sku not in inv.products:
                raise KeyError(sku)
            inv.reserve(sku, qty)
            p = inv.products[sku]
            total += p.price * qty
            revenue[p.category] = revenue.get(p.category, 0) + p.price * qty
        fulfilled.append((oid, total))
        print(f"{oid}: ok, total ${total / 100:,.2f}")
    except (OutOfStock, KeyError) as e:
        inv.stock = snapshot
        print(f"{oid}: rejected ({type(e).__name__}: {e})")
print()
print(f"{'SKU':<6}{'Name':<10}{'Price':>9}{'Stock':>7}  Category")
for sku in sorted(inv.products):
    p = inv.products[sku]
    flag = " LOW" if inv.stock[sku] < 5 else ""
    print(f"{sku:<6}{p.name:<10}{p.price / 100:>9.2f}{inv.stock[sku]:>7}  {p.category}{flag}")
print()
by_cat = {}
for p in inv.products.values():
    by_cat.setdefault(p.category, []).append(p.name)
for cat, names in sorted(by_cat.items()):
    print(f"{cat:12} {', '.join(sorted(names))}")
print("revenue by category:", {k: f"{v / 100:.2f}" for k, v in sorted(revenue.items(), key=lambda kv: -kv[1])})
print("fulfilled:", fulfilled, "sum", sum(t for _, t in fulfilled))
print("stock value: %.2f" % (sum(inv.products[s].price * q for s, q in inv.stock.items()) / 100))
