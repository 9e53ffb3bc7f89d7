-- The project's name as each file types it. dim_project.project_name used to be the name "as first
-- seen", so which rendition's spacing or typo won depended on which thread loaded its file first.
-- It is now the name of the project's primary rendition (docx, doc, xlsx, xls, pdf; then path) of its
-- latest period in force: the same files give the same name whatever the order, and a later report
-- that corrects the name corrects it. Rows loaded before this column existed keep NULL.
ALTER TABLE submission ADD COLUMN project_name VARCHAR;
