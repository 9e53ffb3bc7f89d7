-- §๑๐ may name regions (ภาค) rather than provinces ("กรุงเทพฯ และ ๔ ภาค ได้แก่ ภาคเหนือ ภาคกลาง …"):
-- kept as their own list, beside provinces, never expanded into provinces the form did not name.
ALTER TABLE report_text ADD COLUMN regions VARCHAR[];
