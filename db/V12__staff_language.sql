-- Each member's choice of the desk's language; null follows the browser (Chinese unless it prefers English).
alter table staff_user add column language text check (language in ('zh-CN', 'en'));
