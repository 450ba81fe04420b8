-- Facts with their sources (issue 11). A city keeps its list of sources and its milestones as JSON
-- (always read with the city); its year, its status and each result name their sources by number.
-- The old free-text source fields were research notes: they move to a note for editors only.
alter table city add column sources varchar(200000);
alter table city add column milestones varchar(200000);
alter table city add column since_sources varchar(100);
alter table city add column status_sources varchar(100);
alter table city add column editor_note varchar(2000);

update city set editor_note = trim(coalesce(since_source, '') || ' ' || coalesce(status_source, ''))
    where since_source is not null or status_source is not null;

alter table city drop column since_source;
alter table city drop column status_source;

alter table partnership_result add column end_year integer;
alter table partnership_result add column sources varchar(100);

-- Content updates shipped with a release and applied once to a database seeded before them
-- (seed/ContentUpdates): which have been applied.
create table content_update (
    id         varchar(100) primary key,
    applied_at timestamp with time zone not null
);

-- When what citizens see last changed, for every page's "last updated" date.
alter table content_generation add column changed_at timestamp with time zone;
update content_generation set changed_at = (select max(created_at) from (
        select created_at from city_revision where action in ('PUBLISHED', 'UNPUBLISHED', 'DELETED')
        union all
        select created_at from text_revision where action = 'PUBLISHED') published) where id = 1;
