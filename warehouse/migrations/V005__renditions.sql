-- One report often arrives as several files: the Word file, its signed PDF, the Excel copy. They are
-- one submission with several renditions: the first loaded file of a project and period is the
-- primary (rendition_of NULL); the others point at it, so analyst views count the report once.
-- Values that differ between renditions are a finding (rule renditions_disagree).
ALTER TABLE submission ADD COLUMN rendition_of BIGINT;
