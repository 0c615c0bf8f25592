package dev.retort.sample.microscopy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One grid square of a microscopy acquisition. */
@Entity
@Table(name = "gridsquare", indexes = @Index(name = "ix_gridsquare_acquisition_datetime_status",
        columnList = "acquisitionDatetime, status"))
public class GridSquare {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, length = 100)
    private String gridSquareName;

    private LocalDateTime acquisitionDatetime;

    @Column(nullable = false, length = 30)
    private String status;
}
