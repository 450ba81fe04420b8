-- Images (review M2): an upload's own file and the renditions kept apart. image_file held both under one
-- hash, so a rendition uploaded as an image took over the rendition's row (and it was no longer served), and
-- deleting one image deleted files other images still showed. Now image_file holds only renditions (the
-- served files) and image_original only uploads as they came (never served); a file is deleted only when no
-- image refers to it any more. Runs on H2 and PostgreSQL.
create table image_original (
    hash varchar(64) not null primary key,
    data bytea       not null
);

insert into image_original (hash, data)
    select f.hash, f.data from image_file f where f.hash in (select i.original from image i);

-- A rendition whose row an upload's bytes had taken over is served again (same hash, same bytes); a file no
-- rendition refers to goes.
delete from image_file where hash not in (select r.hash from image_rendition r);

alter table image_file drop column content_type;

-- Whether another image still shows a file is asked at every delete or replace.
create index image_rendition_hash_idx on image_rendition (hash);
