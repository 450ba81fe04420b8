-- The language each editor's admin is shown in (issue 14). Danish for every account, old and new: the
-- international office works in Danish; an editor can choose English on their own page. Runs on H2 and PostgreSQL.
alter table account add column admin_language varchar(2) default 'da' not null;
