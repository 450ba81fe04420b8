package dk.aarhus.sistercities.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteSettingRepository extends JpaRepository<SiteSetting, String> {
}
