package cn.gxnews.portal.office;

import cn.gxnews.portal.office.repository.OfficeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The regional offices. Their contact details are public (the Contact Us page shows them). */
@Service
public class OfficeService {

    private final OfficeRepository offices;

    OfficeService(OfficeRepository offices) {
        this.offices = offices;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Office> findAll() {
        return offices.findAll();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Office> find(String code) {
        return offices.find(code);
    }
}
