-- Images on activities and pages (issue 15): the id of the image in the library, as published (a draft's choice is
-- in its revision, as a city's main image). No foreign key, as on city: the library refuses to delete an image in use.
alter table activity add column image_id bigint;
alter table page add column image_id bigint;
