-- Seeds the desk benchmark's newsroom (src/bench/benchmark.sh, after seed.sql): :users desk members (authors
-- and editors of one office each, password as the demo's), :photos photos in the media library, one long
-- draft for each member (200 blocks, 30 of them photos), :pool articles waiting for each member's review
-- (written by the office's demo author), and the audit trail of every published article that has none
-- (created, submitted, approved and published). Prints one line per member: username|draft id|ids to review.
begin;

-- Each office's demo author and editor (the demo newsroom's author.<office> and editor.<office>).
create temp table office_staff as
select o.code as office_code,
       (select id from staff_user where username = 'author.' || o.code) as author_id,
       (select id from staff_user where username = 'editor.' || o.code) as editor_id
from office o;

insert into staff_user (username, display_name, password_hash, office_code, roles)
select format('bench.%s', lpad(n::text, 2, '0')), format('测试编辑%s', n),
       (select password_hash from staff_user where username = 'editor.nanning'),
       (array['nanning', 'liuzhou', 'guilin'])[1 + n % 3], '{AUTHOR,EDITOR}'
from generate_series(1, :users) n;

-- Photos: each its own blob (the library keeps one photo per office and content), all with the bytes of a demo
-- photo's sizes.
create temp table demo_blob as select * from media_blob order by sha256 limit 1;
create temp table bench_photo as
select n, encode(sha256(convert_to('bench photo ' || n, 'UTF8')), 'hex') as sha256,
       (array['nanning', 'liuzhou', 'guilin'])[1 + n % 3] as office_code
from generate_series(1, :photos) n;
insert into media_blob (sha256, content_type, width, height)
select p.sha256, b.content_type, b.width, b.height from bench_photo p, demo_blob b;
insert into media_file (sha256, width, height, bytes)
select p.sha256, f.width, f.height, f.bytes from bench_photo p, media_file f join demo_blob b using (sha256);
insert into media (sha256, office_code, caption, alt_text, uploaded_by, uploaded_at)
select p.sha256, p.office_code, format('%s分公司第%s张现场照片：科技创新调研交流', o.name_zh, p.n), format('现场照片%s', p.n),
       s.author_id, now() - make_interval(mins => p.n)
from bench_photo p join office o on o.code = p.office_code join office_staff s using (office_code);

-- The long drafts: 200 blocks, the 3rd, 9th, ... 177th a photo of the member's office.
create temp table bench_member as
select s.id as user_id, s.username, s.office_code,
       (select coalesce(max(id), 0) from article) + row_number() over (order by s.id) as article_id,
       (select coalesce(max(id), 0) from article_revision) + row_number() over (order by s.id) as revision_id
from staff_user s where s.username like 'bench.%';

insert into article (id, office_code, author_id, state, working_revision_id, updated_by)
overriding system value
select article_id, office_code, user_id, 'DRAFT', revision_id, user_id from bench_member;
insert into article_revision (id, article_id, revision_no, title, summary, body, created_by)
overriding system value
select m.revision_id, m.article_id, 1, format('%s：长篇稿件（200段、30张图片）', m.username),
       '分公司围绕科技创新支撑产业高质量发展开展调研和交流。',
       (select jsonb_agg(case when i % 6 = 3 and i <= 177
                   then jsonb_build_object('type', 'photo', 'media', (select sha256 from bench_photo p
                            where p.office_code = m.office_code order by p.n offset (i / 6) limit 1),
                            'caption', format('调研组现场第%s张', i / 6 + 1), 'credit', '', 'alt', '现场照片')
                   else jsonb_build_object('type', 'paragraph', 'text',
                            format('第%s段：为贯彻落实自治区的部署要求，学习先进地区科技创新引领产业发展的经验与做法，'
                                   || '调研组一行与有关部门就支撑产业发展、强化企业主体、建设平台载体等内容座谈交流。', i))
                   end order by i)
        from generate_series(1, 200) i),
       m.user_id
from bench_member m;
insert into workflow_event (article_id, revision_id, to_state, actor_id, transition)
select article_id, revision_id, 'DRAFT', user_id, 'CREATE' from bench_member;

-- Articles waiting for review, :pool per member, written by the office's demo author.
create temp table bench_review as
select m.username, m.office_code, k, s.author_id,
       (select coalesce(max(id), 0) from article) + row_number() over (order by m.username, k) as article_id,
       (select coalesce(max(id), 0) from article_revision) + row_number() over (order by m.username, k) as revision_id
from bench_member m join office_staff s using (office_code), generate_series(1, :pool) k;
insert into article (id, office_code, author_id, state, review_level, working_revision_id, updated_by)
overriding system value
select article_id, office_code, author_id, 'IN_REVIEW', 1, revision_id, author_id from bench_review;
insert into article_revision (id, article_id, revision_no, title, summary, body, created_by)
overriding system value
select revision_id, article_id, 1, format('待审稿件：%s 第%s篇', username, k), '分公司开展调研和交流。',
       jsonb_build_array(
           jsonb_build_object('type', 'paragraph', 'text',
               '为贯彻落实自治区的部署要求，学习先进地区科技创新引领产业发展的经验与做法，调研组一行与有关部门座谈交流。'),
           jsonb_build_object('type', 'paragraph', 'text', '会上，各方表示将进一步加强合作，推动科技成果转化。')),
       author_id
from bench_review;
insert into workflow_event (article_id, revision_id, from_state, to_state, actor_id, transition, occurred_at)
select article_id, revision_id, null, 'DRAFT', author_id, 'CREATE', now() - interval '1 hour' from bench_review
union all
select article_id, revision_id, 'DRAFT', 'IN_REVIEW', author_id, 'SUBMIT', now() - interval '30 minutes' from bench_review;

-- The audit trail of the published articles seeded without one; the approval keeps the time of the submission it
-- decides, as the portal writes it.
insert into workflow_event (article_id, revision_id, from_state, to_state, actor_id, transition, occurred_at,
                            review_level, submitted_at)
select a.id, a.published_revision_id, t.from_state, t.to_state, case when t.by_author then a.author_id else s.editor_id end,
       t.transition, a.first_published_at - t.before, t.review_level, a.first_published_at - t.submitted_before
from article a
cross join (values (null, 'DRAFT', 'CREATE', true, interval '3 hours', null::int, null::interval),
                   ('DRAFT', 'IN_REVIEW', 'SUBMIT', true, interval '2 hours', null, null),
                   ('IN_REVIEW', 'PUBLISHED', 'APPROVE_AND_PUBLISH', false, interval '0', 1, interval '2 hours'))
    as t(from_state, to_state, transition, by_author, before, review_level, submitted_before)
join office_staff s using (office_code)
where a.live and not exists (select from workflow_event w where w.article_id = a.id);

select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
select setval(pg_get_serial_sequence('article_revision', 'id'), (select max(id) from article_revision));
commit;
analyze;

select m.username || '|' || m.article_id || '|' || string_agg(r.article_id::text, ',' order by r.k)
from bench_member m join bench_review r using (username)
group by m.username, m.article_id order by m.username;
