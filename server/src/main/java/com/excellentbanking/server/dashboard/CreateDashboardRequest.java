package com.excellentbanking.server.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CreateDashboardRequest(@NotBlank @Size(max = 255) String name, @Size(max = 2000) String description) {

}
