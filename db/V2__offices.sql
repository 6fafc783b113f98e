-- The three regional offices, as listed in the Contact Us (联系我们) block of the company's site.
insert into office (code, name_zh, name_en, address, contact_person, phone, position) values
    ('nanning', '南宁', 'Nanning', '南宁市青秀区民族大道89号金禄大厦11层', '杨玉山', '18589918308', 1),
    ('liuzhou', '柳州', 'Liuzhou', '柳州市城中区学院路50号鑫中联大厦2-7-7', '张艳', '15107726823', 2),
    ('guilin', '桂林', 'Guilin', '桂林市七星区高新区信息产业园D-12号信息孵化大厦A座3-29号办公', '吴桐', '18074843880', 3);
