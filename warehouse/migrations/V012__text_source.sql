-- Scanned PDFs are read by OCR (issue 16): where each submission's text came from, and how sure the
-- OCR was. text_source: 'text' (the file's own text), 'ocr' (every page scanned), 'mixed' (some pages
-- scanned); NULL for rejected files and rows loaded before V012. ocr_confidence: mean OCR word
-- confidence of the scanned pages, 0-100, NULL when no page was scanned.
ALTER TABLE submission ADD COLUMN text_source VARCHAR;
ALTER TABLE submission ADD COLUMN ocr_confidence DOUBLE;
