package com.excellentbanking.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExcellentBankingApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExcellentBankingApplication.class, args);
	}

}
