-- Seeds :count published articles with realistic Chinese text for the benchmark (src/bench/benchmark.sh).
-- One transaction; articles and revisions point at each other, so the deferred foreign keys are checked at
-- commit. Ids are taken explicitly after the highest existing ones.
begin;

create temp table bench as
with words as (
    select array['广西', '南宁', '柳州', '桂林', '科技', '创新', '产业', '发展', '调研', '企业', '合作', '交流',
                 '服务', '数字化', '转型', '工程', '项目', '会议', '员工', '培训', '活动', '客户', '平台', '高质量',
                 '建设', '推进', '经验', '信息化', '展会', '技术', '人才', '团队', '市场', '东盟', '开放', '智慧',
                 '城市', '能源'] as w
)
select n,
       (select coalesce(max(id), 0) from article) + n as article_id,
       (select coalesce(max(id), 0) from article_revision) + n as revision_id,
       (array['nanning', 'liuzhou', 'guilin'])[1 + n % 3] as office_code,
       w[1 + n % 38] || w[1 + (n * 7) % 38] || w[1 + (n * 13) % 38] || w[1 + (n * 29) % 38] || '第' || n || '期'
           as title,
       now() - make_interval(mins => n) as published_at
from generate_series(1, :count) as n, words;

insert into article (id, office_code, author_id, state, live, working_revision_id, published_revision_id,
                     first_published_at, updated_by, updated_at)
overriding system value
select b.article_id, b.office_code, u.id, 'PUBLISHED', true, b.revision_id, b.revision_id, b.published_at, u.id,
       b.published_at
from bench b
join (select office_code, min(id) as id from staff_user where office_code is not null group by office_code) u
  using (office_code);

insert into article_revision (id, article_id, revision_no, title, summary, body, created_by, created_at)
overriding system value
select b.revision_id, b.article_id, 1, b.title, b.title || '：分公司围绕这一主题开展调研和交流。',
       jsonb_build_array(
           jsonb_build_object('type', 'paragraph', 'text',
               '为贯彻落实自治区的部署要求，学习先进地区科技创新引领产业发展的经验与做法，' || b.title
               || '调研组一行与有关部门就支撑产业发展、强化企业主体、建设平台载体、激发人才活力等内容座谈交流。'),
           jsonb_build_object('type', 'photo', 'caption', b.title || '现场', 'credit', '', 'alt', b.title || '现场照片'),
           jsonb_build_object('type', 'paragraph', 'text',
               '会上，各方表示将进一步加强合作，就共性关键技术开展联合攻关，推动科技成果转化，'
               || '以科技创新支撑产业高质量发展。' || b.title || '取得了良好效果。')),
       a.author_id, b.published_at
from bench b join article a on a.id = b.article_id;

select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
select setval(pg_get_serial_sequence('article_revision', 'id'), (select max(id) from article_revision));
commit;
analyze;
